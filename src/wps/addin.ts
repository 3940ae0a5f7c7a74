/**
 * The script of the add-in's hidden page (index.html), which WPS loads when it starts: the ribbon's
 * callbacks as globals (ribbon.xml names them: OnAddinLoad, OnAction, GetImage) and the UNION.*
 * functions registered with wps.AddCustomFunction when this WPS has it (12.1.0.20540 and later).
 */
import { registerCustomFunctions, type WpsFunctionRegistry } from "./customFunctions";
import { ribbonCallbacks, type WpsAddinRoot } from "./ribbon";

type AddinWindow = Window & {
  Application?: WpsAddinRoot;
  wps?: Partial<WpsFunctionRegistry>;
};

const page = window as AddinWindow;

/** The folder this page was loaded from: the pane and the self-test page sit beside it. */
const baseUrl = page.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");

Object.assign(
  page,
  ribbonCallbacks({
    app: page.Application as WpsAddinRoot,
    baseUrl,
    say: (message) => page.alert(message),
    log: (message, error) => console.error(message, error),
  })
);

if (typeof page.wps?.AddCustomFunction === "function") {
  registerCustomFunctions(page.wps as WpsFunctionRegistry);
} else {
  console.info("此版本的 WPS 没有加载项自定义函数(需要 12.1.0.20540 或更新):UNION.* 函数不可用。");
}
