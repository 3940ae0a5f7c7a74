/** Types for scripts/rewrite-urls.js (CommonJS, required by webpack.config.js), so TypeScript tests can import it. */
export declare const DEV_BASE_URL: "https://localhost:3000/";
/** Every https://localhost:3000/ in text replaced by baseUrl (an https URL; a trailing slash is added if missing). */
export declare function rewriteUrls(text: string, baseUrl: string): string;
