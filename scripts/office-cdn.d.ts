/** Types for scripts/office-cdn.js (CommonJS, required by webpack.config.js), so TypeScript tests can import it. */
export interface OfficeCdn {
  origin: string;
  script: string;
}
export declare const OFFICE_CDNS: { global: OfficeCdn; china: OfficeCdn };
export declare function officeCdn(name: string | undefined): OfficeCdn;
