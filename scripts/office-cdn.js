/**
 * Where the task pane page loads office.js from, and the Content-Security-Policy origin that allows it.
 * OFFICE_CDN=china builds for Microsoft 365 operated by 21Vianet, whose office.js is served from its own CDN
 * (appsforoffice.cdn.partner.office365.cn); the default is Microsoft's global CDN
 * ("Referencing the Office JavaScript API library",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 * Used by webpack.config.js for taskpane.html; tested in test/manifest/csp.test.ts.
 */
/* eslint-disable no-undef */
"use strict";

const OFFICE_CDNS = {
  global: {
    origin: "https://appsforoffice.microsoft.com",
    script: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  },
  china: {
    origin: "https://appsforoffice.cdn.partner.office365.cn",
    script: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  },
};

/**
 * The CDN for a value of OFFICE_CDN: unset or "global", or "china".
 * @param {string | undefined} name
 */
function officeCdn(name) {
  const key = (name || "global").trim().toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(OFFICE_CDNS, key)) {
    throw new Error(
      `OFFICE_CDN 只能是 global 或 china（现为“${name}”）。\nOFFICE_CDN must be global or china (it is "${name}").`
    );
  }
  return OFFICE_CDNS[key];
}

module.exports = { OFFICE_CDNS, officeCdn };
