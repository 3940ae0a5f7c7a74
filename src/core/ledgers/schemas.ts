/**
 * The standard ledgers (台账) as data. A ledger is a list of fields; each field carries the header the
 * standard template writes, the other headers clerks use for the same column, and the rules that tie
 * it to other fields. Detection, checks, templates and readers all work from these tables, so a new
 * ledger or a new synonym is a data change, not new code.
 */
import { streetsSchema } from "../rollup/streetsSchema";

export type FieldType = "text" | "count" | "money" | "ratio" | "flag" | "date" | "category";

export type LedgerId =
  | "organisations"
  | "funds"
  | "insurance"
  | "visits"
  | "disputes"
  | "targets"
  | "policy"
  | "streets"
  | "activities";

export interface LedgerField {
  /** ASCII camelCase, stable: records and formulas refer to it. */
  key: string;
  /** The standard header (zh). */
  label: string;
  labelEn: string;
  type: FieldType;
  /** A data row without it is incomplete. */
  required?: boolean;
  /** Other headers meaning this column (compared after normaliseHeader). */
  synonyms: string[];
  /** For "category": the canonical values. */
  categories?: string[];
  /** Other words for a canonical category ("欠薪" is 工资). */
  categoryWords?: Record<string, string[]>;
  /** Excel number format for templates. */
  numberFormat?: string;
  /** Short labels that mean this field when the column sits in an "of which" group under `whole`. */
  subOf?: { whole: string; labels: string[] };
  /** Values must not repeat between rows (an organisation is listed once). */
  unique?: boolean;
  /** A money value below this is implausible ("帮扶6元"). */
  minPlausible?: number;
  /** A count that may be fractional (a target of 90%). */
  allowFraction?: boolean;
}

/** A part that may not exceed its whole in the same row. */
export interface PartRule {
  part: string;
  whole: string;
  /** Members over employees is named on its own: it is the check users look for first. */
  code?: "members-exceed-employees";
}

/** A row's stated total that must equal the sum of its parts. */
export interface SumRule {
  total: string;
  parts: string[];
}

/** A yes in `flag` needs a yes in `needs` (success needs mediation). */
export interface FlagRule {
  flag: string;
  needs: string;
}

export interface LedgerSchema {
  id: LedgerId;
  title: string;
  titleEn: string;
  /** Words in a sheet name or title that hint at this ledger. */
  keywords: string[];
  fields: LedgerField[];
  parts?: PartRule[];
  sums?: SumRule[];
  flagRules?: FlagRule[];
}

import { ACTIVITY_TYPES } from "./activityTypes";

const COUNT = "#,##0";
const MONEY = "#,##0.00";
const PERCENT = "0.00%";
const DATE = "yyyy-mm-dd";

const ORG_NAME: LedgerField = {
  key: "orgName",
  label: "单位名称",
  labelEn: "Organisation",
  type: "text",
  required: true,
  unique: true,
  synonyms: [
    "单位",
    "单位全称",
    "企业名称",
    "企业",
    "企业全称",
    "单位名称全称",
    "用人单位",
    "用人单位名称",
    "组织名称",
    "基层工会名称",
    "工会名称",
    "建会单位",
    "参保单位",
    "缴费单位",
    "缴费单位名称",
    "非公企业名称",
    "法人单位名称",
    "企事业单位名称",
    "名称",
    "公司名称",
    "单位及名称",
    "企业单位名称",
    "所在单位",
    "单位名",
    "name",
    "organisation",
    "organization",
    "company",
  ],
};

const EMPLOYEES: LedgerField = {
  key: "employees",
  label: "职工人数",
  labelEn: "Employees",
  type: "count",
  numberFormat: COUNT,
  synonyms: [
    "职工数",
    "员工人数",
    "员工数",
    "职工总数",
    "职工总人数",
    "在岗职工数",
    "在岗职工人数",
    "在职职工人数",
    "在职职工数",
    "从业人员",
    "从业人员数",
    "从业人数",
    "用工人数",
    "用工总数",
    "现有职工",
    "现有职工人数",
    "全部职工",
    "全部职工人数",
    "年末职工人数",
    "职工人数合计",
    "职工合计",
    "职工",
    "员工总数",
    "雇员人数",
    "职工人数总数",
    "employees",
    "staff",
  ],
};

const organisations: LedgerSchema = {
  id: "organisations",
  title: "基层工会组织台账",
  titleEn: "Grassroots union organisations",
  keywords: ["组织", "建会", "组建", "基层工会", "会员"],
  fields: [
    ORG_NAME,
    {
      key: "community",
      label: "所属社区",
      labelEn: "Community",
      type: "text",
      synonyms: [
        "社区",
        "所在社区",
        "社区名称",
        "所属村居",
        "所属村社区",
        "村社区",
        "归属社区",
        "所属片区",
        "片区",
        "所属联合工会",
        "所属工会联合会",
        "所属社区工会",
        "所在地",
        "community",
      ],
    },
    {
      key: "orgType",
      label: "单位类型",
      labelEn: "Type",
      type: "text",
      synonyms: [
        "类型",
        "单位性质",
        "企业类型",
        "企业性质",
        "经济类型",
        "经济性质",
        "所有制性质",
        "单位类别",
        "企业类别",
        "登记注册类型",
        "所有制类型",
        "type",
      ],
    },
    { ...EMPLOYEES, required: true },
    {
      key: "femaleEmployees",
      label: "女职工人数",
      labelEn: "Female employees",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "女职工",
        "女职工数",
        "女员工",
        "女员工人数",
        "女员工数",
        "其中女职工",
        "女职工人数合计",
      ],
      subOf: { whole: "employees", labels: ["女", "女性", "女职工", "女员工"] },
    },
    {
      key: "migrantEmployees",
      label: "农民工人数",
      labelEn: "Migrant workers",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "农民工",
        "农民工数",
        "农民工职工",
        "农民工职工数",
        "进城务工人员",
        "外来务工人员",
        "外来务工人数",
        "农民工人数合计",
        "其中农民工",
      ],
      subOf: { whole: "employees", labels: ["农民工", "外来务工", "外来务工人员", "进城务工人员"] },
    },
    {
      key: "unionEstablished",
      label: "是否建会",
      labelEn: "Union established",
      type: "flag",
      required: true,
      synonyms: [
        "是否建立工会",
        "建会情况",
        "已建会",
        "建会",
        "是否组建工会",
        "组建情况",
        "工会组建情况",
        "是否成立工会",
        "有无工会",
        "建会状态",
        "建会与否",
        "是否已建会",
        "是否建立工会组织",
        "建立工会",
        "是否建工会",
        "建会否",
        "是否单独建会或联合建会",
        "union",
      ],
    },
    {
      key: "unionForm",
      label: "建会方式",
      labelEn: "How formed",
      type: "category",
      categories: ["单独", "联合"],
      categoryWords: { 单独: ["独立", "单建"], 联合: ["联建", "区域", "行业"] },
      synonyms: [
        "建会形式",
        "组建方式",
        "组建形式",
        "建会类型",
        "单独建会联合建会",
        "单独联合",
        "工会形式",
        "建会模式",
        "单建联建",
        "组建类型",
      ],
    },
    {
      key: "members",
      label: "会员人数",
      labelEn: "Members",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "会员数",
        "工会会员数",
        "工会会员人数",
        "会员",
        "会员总数",
        "在册会员",
        "在册会员数",
        "会员人数合计",
        "入会人数",
        "入会职工数",
        "入会职工人数",
        "已入会人数",
        "工会会员",
        "会员合计",
        "members",
      ],
    },
    {
      key: "femaleMembers",
      label: "女会员人数",
      labelEn: "Female members",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "女会员",
        "女会员数",
        "女工会会员",
        "其中女会员",
        "女职工会员",
        "女职工会员数",
        "女职工入会人数",
      ],
      subOf: { whole: "members", labels: ["女", "女性", "女职工", "女会员", "女员工"] },
    },
    {
      key: "migrantMembers",
      label: "农民工会员人数",
      labelEn: "Migrant members",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "农民工会员",
        "农民工会员数",
        "农民工入会人数",
        "入会农民工",
        "农民工入会数",
        "其中农民工会员",
      ],
      subOf: { whole: "members", labels: ["农民工", "农民工会员", "外来务工人员", "进城务工人员"] },
    },
    {
      key: "collectiveContract",
      label: "集体合同",
      labelEn: "Collective contract",
      type: "flag",
      synonyms: [
        "是否签订集体合同",
        "签订集体合同",
        "集体合同签订",
        "集体合同签订情况",
        "签订集体合同情况",
        "综合性集体合同",
        "已签集体合同",
        "集体合同制度",
      ],
    },
    {
      key: "wageNegotiation",
      label: "工资集体协商",
      labelEn: "Wage negotiation",
      type: "flag",
      synonyms: [
        "是否开展工资集体协商",
        "工资协商",
        "工资专项集体合同",
        "工资集体协商建制",
        "工资专项合同",
        "开展工资集体协商",
        "工资集体协商制度",
        "工资专项集体协商",
      ],
    },
    {
      key: "workersCongress",
      label: "职代会",
      labelEn: "Workers' congress",
      type: "flag",
      synonyms: [
        "职工代表大会",
        "是否建立职代会",
        "职代会制度",
        "职代会建制",
        "建立职代会",
        "职工大会",
        "是否建立职工代表大会",
        "职代会制度建设",
      ],
    },
    {
      key: "factoryAffairs",
      label: "厂务公开",
      labelEn: "Open affairs",
      type: "flag",
      synonyms: [
        "厂务公开制度",
        "是否实行厂务公开",
        "厂务公开建制",
        "司务公开",
        "院务公开",
        "是否推行厂务公开",
        "实行厂务公开",
      ],
    },
    {
      key: "hardshipFund",
      label: "帮困基金",
      labelEn: "Hardship fund",
      type: "flag",
      synonyms: [
        "是否建立帮困基金",
        "建立帮困基金",
        "困难帮扶基金",
        "帮扶基金",
        "帮困基金建立情况",
        "有无帮困基金",
        "帮困送温暖基金",
        "是否设立帮困基金",
      ],
    },
    {
      key: "hardshipFundAmount",
      label: "帮困基金额",
      labelEn: "Hardship fund amount",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "帮困基金金额",
        "帮困基金数额",
        "帮扶基金金额",
        "帮困资金",
        "帮困基金总额",
        "基金额",
        "基金金额",
        "帮困基金余额",
        "帮困基金规模",
      ],
    },
    {
      // The unions formed this year: what a 年度任务 of 新建工会 is checked against.
      key: "newUnion",
      label: "本年新建",
      labelEn: "Formed this year",
      type: "flag",
      synonyms: [
        "是否本年新建",
        "是否新建",
        "本年新建工会",
        "当年新建",
        "是否当年新建",
        "本年度新建",
        "新建工会",
        "是否新建工会",
        "年内新建",
      ],
    },
  ],
  parts: [
    { part: "femaleEmployees", whole: "employees" },
    { part: "migrantEmployees", whole: "employees" },
    { part: "members", whole: "employees", code: "members-exceed-employees" },
    { part: "femaleMembers", whole: "femaleEmployees", code: "members-exceed-employees" },
    { part: "migrantMembers", whole: "migrantEmployees", code: "members-exceed-employees" },
    { part: "femaleMembers", whole: "members" },
    { part: "migrantMembers", whole: "members" },
  ],
};

const funds: LedgerSchema = {
  id: "funds",
  title: "工会经费收缴台账",
  titleEn: "Union fund collection",
  keywords: ["经费", "收缴", "拨缴", "计提"],
  fields: [
    ORG_NAME,
    EMPLOYEES,
    {
      key: "payroll",
      label: "工资总额",
      labelEn: "Payroll",
      type: "money",
      required: true,
      numberFormat: MONEY,
      synonyms: [
        "月工资总额",
        "全部职工工资总额",
        "全部职工月工资总额",
        "职工工资总额",
        "月度工资总额",
        "计提基数",
        "计提工资总额",
        "工资基数",
        "计缴基数",
        "缴费基数",
        "应发工资总额",
        "工资总额月",
        "工资",
        "payroll",
      ],
    },
    {
      key: "allocated",
      label: "计提经费",
      labelEn: "Funds allocated",
      type: "money",
      required: true,
      numberFormat: MONEY,
      synonyms: [
        "工会经费",
        "应缴经费",
        "应拨缴经费",
        "计拨经费",
        "拨缴经费",
        "经费计提",
        "计提工会经费",
        "应计提经费",
        "2%经费",
        "计提金额",
        "应缴工会经费",
        "经费金额",
        "计提数",
        "应缴金额",
        "拨缴金额",
        "2%工会经费",
      ],
    },
    {
      key: "exempted",
      label: "是否免交",
      labelEn: "Exempted",
      type: "flag",
      synonyms: [
        "免交",
        "是否免缴",
        "免缴",
        "是否减免",
        "减免",
        "申请免交",
        "免交情况",
        "是否免交经费",
        "免缴经费",
      ],
    },
    {
      // What makes "经批准免交" true: a 文号 or a yes here, not the 是否免交 flag alone.
      key: "exemptionApproval",
      label: "免交批准文号",
      labelEn: "Exemption approved by",
      type: "text",
      synonyms: [
        "批准文号",
        "免交批准",
        "免交审批",
        "审批文号",
        "是否经批准",
        "是否批准",
        "批准情况",
        "审批情况",
        "免交批准文件",
        "免缴批准文号",
      ],
    },
    {
      key: "shareRatio",
      label: "上缴比例",
      labelEn: "Share remitted",
      type: "ratio",
      numberFormat: PERCENT,
      synonyms: ["上解比例", "上缴比率", "解缴比例", "分成比例", "上缴%", "上解比率", "上交比例"],
    },
    {
      key: "remitted",
      label: "上缴金额",
      labelEn: "Remitted",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "上缴",
        "上解金额",
        "上缴经费",
        "解缴金额",
        "上缴额",
        "应上缴金额",
        "上缴上级经费",
        "上解经费",
        "上交金额",
        "上交经费",
      ],
    },
    {
      key: "retained",
      label: "留存金额",
      labelEn: "Retained",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "留存",
        "留成金额",
        "留成",
        "基层留成",
        "留用金额",
        "留存经费",
        "基层留存",
        "自留金额",
        "基层留成金额",
        "留成经费",
      ],
    },
    {
      key: "smallReturn",
      label: "小额返还",
      labelEn: "Small-payer return",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "小额缴费返还",
        "返还金额",
        "全额返还",
        "返还",
        "小微企业返还",
        "返还经费",
        "小额缴费工会组织返还",
        "返还额",
        "小额返还金额",
        "全额返还金额",
      ],
    },
    {
      key: "paidDate",
      label: "缴费日期",
      labelEn: "Date paid",
      type: "date",
      numberFormat: DATE,
      synonyms: [
        "缴纳日期",
        "拨缴日期",
        "缴款日期",
        "到账日期",
        "入账日期",
        "缴费时间",
        "日期",
        "拨缴时间",
        "缴纳时间",
      ],
    },
  ],
  parts: [
    { part: "remitted", whole: "allocated" },
    { part: "retained", whole: "allocated" },
    { part: "allocated", whole: "payroll" },
  ],
  sums: [{ total: "allocated", parts: ["remitted", "retained"] }],
};

const insurance: LedgerSchema = {
  id: "insurance",
  title: "互助保障参保台账",
  titleEn: "Mutual insurance enrolment",
  keywords: ["互助", "参保", "保障", "保险"],
  fields: [
    ORG_NAME,
    EMPLOYEES,
    {
      key: "servingEnrolled",
      label: "在职参保",
      labelEn: "Serving staff",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "在职",
        "在职职工",
        "在职职工住院",
        "在职住院",
        "在职参保人数",
        "在职职工参保",
        "在职职工住院保障",
        "在职职工参保人数",
        "在职住院保障",
      ],
    },
    {
      key: "retiredEnrolled",
      label: "退休参保",
      labelEn: "Retired",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "退休",
        "退休人员",
        "退休人员住院",
        "退休住院",
        "退休参保人数",
        "退休职工",
        "退休人员参保",
        "退休人员住院保障",
        "退休职工住院",
      ],
    },
    {
      key: "womenEnrolled",
      label: "安康参保",
      labelEn: "Women's special illness",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "安康",
        "女职工安康",
        "女职工特殊疾病",
        "女职工安康保障",
        "安康参保人数",
        "女职工安康参保",
        "女职工特疾",
        "女职工安康互助",
      ],
    },
    {
      key: "seriousEnrolled",
      label: "特种参保",
      labelEn: "Serious illness",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "特种",
        "特种重病",
        "特种重病保障",
        "重病",
        "重大疾病",
        "特种参保人数",
        "特重",
        "特种重病参保",
        "特种重病互助",
        "重大疾病保障",
      ],
    },
    {
      key: "enrolledTotal",
      label: "合计",
      labelEn: "Total enrolled",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "参保合计",
        "参保人数合计",
        "小计",
        "合计人数",
        "参保总人数",
        "总计",
        "参保人数",
        "参保总数",
        "参保人次合计",
        "参保人员合计",
      ],
    },
    {
      key: "allEnrolled",
      label: "是否全员参保",
      labelEn: "All staff enrolled",
      type: "flag",
      synonyms: [
        "全员参保",
        "是否全员",
        "全员",
        "全员参保情况",
        "是否全员参加",
        "是否整体参保",
        "整体参保",
      ],
    },
    {
      key: "premium",
      label: "保费",
      labelEn: "Premium",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "保费金额",
        "缴费金额",
        "参保金额",
        "保险费",
        "互助金",
        "缴纳保费",
        "参保费用",
        "应缴保费",
        "保费合计",
        "互助保障金",
        "缴费额",
      ],
    },
  ],
  parts: [
    { part: "servingEnrolled", whole: "employees" },
    { part: "servingEnrolled", whole: "enrolledTotal" },
    { part: "retiredEnrolled", whole: "enrolledTotal" },
    { part: "womenEnrolled", whole: "enrolledTotal" },
    { part: "seriousEnrolled", whole: "enrolledTotal" },
  ],
  sums: [
    {
      total: "enrolledTotal",
      parts: ["servingEnrolled", "retiredEnrolled", "womenEnrolled", "seriousEnrolled"],
    },
  ],
};

const visits: LedgerSchema = {
  id: "visits",
  title: "帮扶慰问台账",
  titleEn: "Hardship visits",
  keywords: ["慰问", "帮扶", "送温暖", "困难职工", "救助"],
  fields: [
    {
      key: "personName",
      label: "姓名",
      labelEn: "Name",
      type: "text",
      required: true,
      synonyms: [
        "名字",
        "职工姓名",
        "慰问对象",
        "帮扶对象",
        "受助人",
        "受助职工",
        "救助对象",
        "慰问对象姓名",
        "帮扶对象姓名",
        "困难职工姓名",
        "被慰问人",
        "受助人姓名",
        "对象姓名",
        "慰问人员",
      ],
    },
    {
      key: "category",
      label: "类别",
      labelEn: "Category",
      type: "text",
      synonyms: [
        "人员类别",
        "对象类别",
        "困难类别",
        "类型",
        "慰问类别",
        "帮扶类别",
        "困难类型",
        "人员类型",
        "身份",
        "困难原因",
        "致困原因",
        "对象类型",
      ],
    },
    {
      key: "campaign",
      label: "活动",
      labelEn: "Campaign",
      type: "text",
      synonyms: [
        "慰问活动",
        "活动名称",
        "项目",
        "帮扶项目",
        "慰问项目",
        "慰问名目",
        "活动类型",
        "帮扶活动",
        "事由",
        "慰问事由",
        "帮扶事由",
        "慰问内容",
      ],
    },
    {
      key: "amount",
      label: "金额",
      labelEn: "Amount",
      type: "money",
      required: true,
      numberFormat: MONEY,
      minPlausible: 10,
      synonyms: [
        "慰问金额",
        "帮扶金额",
        "慰问金",
        "发放金额",
        "救助金额",
        "补助金额",
        "慰问款",
        "帮扶资金",
        "实发金额",
        "发放慰问金",
        "慰问金额合计",
        "补助金",
        "救助金",
        "慰问标准",
      ],
    },
    {
      key: "date",
      label: "日期",
      labelEn: "Date",
      type: "date",
      numberFormat: DATE,
      synonyms: [
        "慰问日期",
        "发放日期",
        "帮扶日期",
        "时间",
        "慰问时间",
        "发放时间",
        "帮扶时间",
        "救助日期",
      ],
    },
  ],
};

const disputes: LedgerSchema = {
  id: "disputes",
  title: "劳动争议调处台账",
  titleEn: "Labour dispute mediation",
  keywords: ["争议", "调处", "调解", "纠纷"],
  fields: [
    {
      key: "acceptedDate",
      label: "受理日期",
      labelEn: "Accepted",
      type: "date",
      required: true,
      numberFormat: DATE,
      synonyms: [
        "受理时间",
        "立案日期",
        "收案日期",
        "登记日期",
        "申请日期",
        "日期",
        "立案时间",
        "收案时间",
        "受理日",
      ],
    },
    {
      key: "disputeType",
      label: "类型",
      labelEn: "Type",
      type: "category",
      categories: ["劳动合同", "工资", "工伤", "其他"],
      categoryWords: {
        劳动合同: ["合同", "解除", "终止", "经济补偿", "辞退"],
        工资: ["劳动报酬", "欠薪", "拖欠", "薪酬", "报酬", "加班费"],
        工伤: ["职业病", "工亡"],
        其他: ["其它", "社会保险", "社保", "休假"],
      },
      synonyms: [
        "争议类型",
        "案件类型",
        "纠纷类型",
        "案由",
        "争议类别",
        "类别",
        "争议事由",
        "纠纷类别",
        "争议内容",
        "案件类别",
      ],
    },
    {
      key: "people",
      label: "涉及人数",
      labelEn: "People involved",
      type: "count",
      numberFormat: COUNT,
      synonyms: [
        "涉及职工人数",
        "人数",
        "当事人数",
        "涉及人员",
        "涉案人数",
        "涉及职工数",
        "争议人数",
        "涉及职工",
        "当事人人数",
      ],
    },
    {
      key: "amountInvolved",
      label: "涉案金额",
      labelEn: "Amount involved",
      type: "money",
      numberFormat: MONEY,
      synonyms: [
        "涉及金额",
        "争议金额",
        "标的金额",
        "涉案标的",
        "金额",
        "标的额",
        "诉求金额",
        "涉案金额合计",
        "争议标的",
      ],
    },
    {
      key: "mediated",
      label: "是否调处",
      labelEn: "Mediated",
      type: "flag",
      synonyms: [
        "调处",
        "是否调解",
        "调解",
        "已调处",
        "调处情况",
        "是否受理调处",
        "调解情况",
        "是否处理",
        "已调解",
      ],
    },
    {
      key: "mediationSucceeded",
      label: "是否调处成功",
      labelEn: "Mediation succeeded",
      type: "flag",
      synonyms: [
        "调处成功",
        "调解成功",
        "是否调解成功",
        "调处是否成功",
        "调解是否成功",
        "是否成功",
        "成功",
        "调解结果",
        "调处结果",
      ],
    },
  ],
  flagRules: [{ flag: "mediationSucceeded", needs: "mediated" }],
};

const targets: LedgerSchema = {
  id: "targets",
  title: "年度任务",
  titleEn: "Yearly targets",
  keywords: ["任务", "目标", "指标", "考核"],
  fields: [
    {
      key: "indicator",
      label: "指标",
      labelEn: "Indicator",
      type: "text",
      required: true,
      synonyms: [
        "指标名称",
        "项目",
        "任务项目",
        "工作指标",
        "任务指标",
        "考核指标",
        "任务名称",
        "工作内容",
        "目标任务",
        "项目名称",
        "任务内容",
        "考核项目",
      ],
    },
    {
      key: "target",
      label: "任务数",
      labelEn: "Target",
      type: "count",
      required: true,
      allowFraction: true,
      synonyms: [
        "任务",
        "目标",
        "目标数",
        "下达任务",
        "下达任务数",
        "年度任务",
        "任务数量",
        "计划数",
        "计划",
        "目标值",
        "区总下达任务",
        "上级下达任务",
        "年度目标",
        "任务目标",
      ],
    },
    {
      key: "actual",
      label: "完成数",
      labelEn: "Actual",
      type: "count",
      allowFraction: true,
      synonyms: [
        "完成",
        "实际完成",
        "完成情况",
        "实际完成数",
        "完成数量",
        "实绩",
        "完成值",
        "已完成",
        "实际数",
        "截至目前完成",
        "实际完成情况",
        "完成任务数",
      ],
    },
    {
      key: "unit",
      label: "单位",
      labelEn: "Unit",
      type: "text",
      synonyms: ["计量单位", "量词", "计量"],
    },
    {
      // Last year's result, for 同比 when last year's workbook is not given.
      key: "previous",
      label: "上年数",
      labelEn: "Last year",
      type: "count",
      allowFraction: true,
      synonyms: [
        "上年完成数",
        "上年完成",
        "上年",
        "上年实际",
        "去年完成数",
        "去年",
        "上年同期",
        "上年同期数",
      ],
    },
  ],
};

/**
 * 活动台账: one row per activity (a training course, a contest, a charity drive, a meeting), a generic
 * register for anything an office counts. Its types are data (activityTypes.ts, extendable in 政策参数).
 */
const activities: LedgerSchema = {
  id: "activities",
  title: "活动台账",
  titleEn: "Activities",
  keywords: ["活动", "培训", "竞赛", "文体", "捐款"],
  fields: [
    {
      key: "activityName",
      label: "活动名称",
      labelEn: "Activity",
      type: "text",
      required: true,
      synonyms: [
        "活动",
        "活动内容",
        "活动项目",
        "项目名称",
        "活动主题",
        "名称",
        "培训名称",
        "主题",
      ],
    },
    {
      key: "activityType",
      label: "活动类型",
      labelEn: "Type",
      type: "category",
      categories: ACTIVITY_TYPES.map((t) => t.type),
      categoryWords: Object.fromEntries(ACTIVITY_TYPES.map((t) => [t.type, t.words])),
      synonyms: ["类型", "活动类别", "类别", "项目类型", "活动分类"],
    },
    {
      key: "date",
      label: "日期",
      labelEn: "Date",
      type: "date",
      numberFormat: DATE,
      synonyms: ["活动日期", "时间", "活动时间", "举办日期", "举办时间", "开展时间"],
    },
    {
      key: "sessions",
      label: "场次",
      labelEn: "Sessions",
      type: "count",
      numberFormat: COUNT,
      synonyms: ["期数", "期", "场数", "次数", "场次期数", "举办场次", "篇数"],
    },
    {
      key: "attendance",
      label: "参加人次",
      labelEn: "Attendances",
      type: "count",
      numberFormat: COUNT,
      synonyms: ["人次", "参与人次", "培训人次", "受益人次", "服务人次", "参加人数人次"],
    },
    {
      key: "people",
      label: "参加人数",
      labelEn: "People",
      type: "count",
      numberFormat: COUNT,
      synonyms: ["人数", "参与人数", "受益人数", "表彰人数"],
    },
    {
      key: "positions",
      label: "提供岗位",
      labelEn: "Jobs offered",
      type: "count",
      numberFormat: COUNT,
      synonyms: ["岗位数", "提供岗位数", "岗位", "招聘岗位"],
    },
    {
      key: "amount",
      label: "金额",
      labelEn: "Amount",
      type: "money",
      numberFormat: MONEY,
      synonyms: ["金额(元)", "经费", "费用", "支出", "支出金额", "募集金额", "捐款金额", "善款"],
    },
    {
      key: "note",
      label: "备注",
      labelEn: "Notes",
      type: "text",
      synonyms: ["说明", "情况说明"],
    },
  ],
  parts: [{ part: "people", whole: "attendance" }],
};

/**
 * 政策参数 is a list of 参数 rows, each filling the column of its kind: a ratio (计提比例 2%, each level's
 * share, 会费比例, 小额返还比例), an amount in yuan (premiums per category), or a head count (the small-payer
 * staff limit). POLICY_PARAMETERS in policy.ts names the rows a reader looks for.
 */
const policy: LedgerSchema = {
  id: "policy",
  title: "政策参数",
  titleEn: "Policy parameters",
  keywords: ["政策", "参数", "比例", "标准"],
  fields: [
    {
      key: "parameter",
      label: "参数",
      labelEn: "Parameter",
      type: "text",
      required: true,
      unique: true,
      synonyms: ["参数名称", "参数项", "政策参数", "项目名称", "名称", "政策项目", "参数名"],
    },
    {
      key: "ratio",
      label: "比例",
      labelEn: "Ratio",
      type: "ratio",
      numberFormat: PERCENT,
      synonyms: ["比率", "费率", "比例标准", "分成比例", "计提比例"],
    },
    {
      key: "amount",
      label: "金额",
      labelEn: "Amount",
      type: "money",
      numberFormat: MONEY,
      synonyms: ["金额标准", "单价", "标准金额", "每人每年", "保费标准", "缴费标准"],
    },
    {
      key: "headcount",
      label: "人数",
      labelEn: "Head count",
      type: "count",
      numberFormat: COUNT,
      synonyms: ["人数标准", "人数上限", "人数界限"],
    },
    {
      key: "note",
      label: "说明",
      labelEn: "Note",
      type: "text",
      synonyms: ["备注", "依据", "文件依据", "政策依据", "说明依据"],
    },
  ],
};

export const LEDGER_SCHEMAS: readonly LedgerSchema[] = [
  organisations,
  funds,
  insurance,
  visits,
  disputes,
  targets,
  policy,
  activities,
];

/** Every ledger detection knows: the standard ledgers (offered as templates) and a roll-up's 分街道汇总. */
export const DETECTED_SCHEMAS: readonly LedgerSchema[] = [...LEDGER_SCHEMAS, streetsSchema];

export function schemaById(id: LedgerId): LedgerSchema {
  const schema = DETECTED_SCHEMAS.find((s) => s.id === id);
  if (!schema) throw new Error(`unknown ledger: ${id}`);
  return schema;
}

export function fieldOf(schema: LedgerSchema, key: string): LedgerField | undefined {
  return schema.fields.find((f) => f.key === key);
}
