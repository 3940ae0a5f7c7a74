/**
 * WPS's add-in root over the fake ET model: what the ribbon uses beside the spreadsheet API
 * (CreateTaskPane / GetTaskPane, PluginStorage, Workbooks), recording the panes it opened.
 */
import type { TaskPane, WpsAddinRoot } from "../../src/wps/ribbon";
import { FakeApplication } from "./fakeEt";

export interface FakePane extends TaskPane {
  url: string;
}

export class FakeWpsRoot extends FakeApplication implements WpsAddinRoot {
  readonly panes: FakePane[] = [];
  private readonly storage = new Map<string, string>();
  readonly PluginStorage = {
    getItem: (key: string): string | null => this.storage.get(key) ?? null,
    setItem: (key: string, value: string | number | boolean): void =>
      void this.storage.set(key, String(value)),
  };

  get Workbooks() {
    return { Count: this.workbook ? 1 : 0 };
  }

  CreateTaskPane(url: string): FakePane {
    const pane: FakePane = {
      ID: 1000 + this.panes.length,
      url,
      Visible: false,
      DockPosition: 0,
      Width: 200,
    };
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: number): FakePane | null {
    return this.panes.find((p) => p.ID === id) ?? null;
  }
}
