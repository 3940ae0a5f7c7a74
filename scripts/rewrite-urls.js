/**
 * Rewrites the dev-server URLs in a manifest to the production base URL. Used by scripts/package.js for the
 * release's manifest; tested in test/manifest/rewrite-urls.test.ts.
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Replaces every occurrence of https://localhost:3000/ in text with baseUrl.
 * baseUrl must be an absolute https URL (Office loads add-ins only over https); a missing trailing slash is added.
 * @param {string} text
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteUrls(text, baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not an absolute URL: "${baseUrl}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must use https (Office loads add-ins only over https): "${baseUrl}"`
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${baseUrl}"`);
  }
  const base = url.href.endsWith("/") ? url.href : `${url.href}/`;
  // Every occurrence, not just the first; split/join also keeps "$" in base literal (replaceAll would expand "$&").
  return text.split(DEV_BASE_URL).join(base);
}

module.exports = { rewriteUrls, DEV_BASE_URL };
