import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { coverageBlock } from "../../core/blocks/coverage";
import { useStrings } from "../../i18n";
import { canUseCells, type PaneHost, type PaneWorkbook } from "../paneWorkbook";
import { FigureTable } from "../shared/FigureTable";
import { useFormStyles } from "../shared/formStyles";
import { readCount } from "../shared/numbers";
import { RangeField } from "../shared/RangeField";
import { ReadStatus } from "../shared/ReadStatus";
import { useRange } from "../shared/useRange";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WritePanel } from "../shared/WritePanel";
import { coverageFigures } from "./coverageFigures";

export interface PageProps {
  host: PaneHost;
  workbook: PaneWorkbook;
}

/** 组织覆盖: 组建率 and 入会率 over the 是否建会 / 职工人数 / 会员人数 columns of a ledger. */
export function CoveragePage({ host, workbook }: PageProps) {
  const t = useStrings();
  const styles = useFormStyles();
  const reads = useWorkbookTask();
  const canRead = canUseCells(host) && !reads.pending;
  const established = useRange(workbook, canRead, reads);
  const employees = useRange(workbook, canRead, reads);
  const members = useRange(workbook, canRead, reads);
  const [minText, setMinText] = useState("");
  const min = readCount(minText);
  const minEmployees = min.kind === "number" ? min.value : undefined;

  const figures = coverageFigures({
    established: established.values,
    employees: employees.values,
    members: members.values,
    minEmployees,
  });

  return (
    <div className={styles.page}>
      <ReadStatus task={reads} />
      <div className={styles.section}>
        <RangeField
          label={t.establishedField}
          range={established}
          host={host}
          canRead={canRead}
          fields={["unionEstablished"]}
        />
        <RangeField
          label={t.employeesField}
          range={employees}
          host={host}
          canRead={canRead}
          fields={["employees"]}
        />
        <RangeField
          label={t.membersField}
          range={members}
          host={host}
          canRead={canRead}
          fields={["members"]}
        />
        <Field
          label={t.minEmployeesField}
          validationState={min.kind === "invalid" ? "error" : "none"}
          validationMessage={min.kind === "invalid" ? t.nonNegativeInteger : undefined}
        >
          <Input
            inputMode="numeric"
            value={minText}
            onChange={(_, data) => setMinText(data.value)}
          />
        </Field>
      </div>
      <FigureTable
        rows={[
          { label: t.orgRate, figure: figures.orgRate },
          { label: t.memberRate, figure: figures.memberRate },
          { label: t.organisationsCovered, figure: figures.organisations },
          { label: t.employeesCovered, figure: figures.employees },
        ]}
      />
      <WritePanel
        host={host}
        workbook={workbook}
        canWrite={canUseCells(host)}
        missing={established.address === undefined ? t.needEstablished : undefined}
        invalid={min.kind === "invalid" ? t.minEmployeesField : undefined}
        sources={[established.readAddress, employees.readAddress, members.readAddress]}
        sheetName={t.tabCoverage}
        build={() =>
          coverageBlock(
            {
              established: established.address!,
              employees: employees.address,
              members: members.address,
              minEmployees,
            },
            // The values read with the addresses: saved with the formulas, so files show the figures.
            established.values && {
              established: established.values,
              employees: employees.values,
              members: members.values,
            }
          )
        }
      />
    </div>
  );
}
