/**
 * HTTPS options for the dev server. On Windows and macOS office-addin-dev-certs creates a development
 * CA and installs it in the system's trust store. On Linux it would need sudo, which many machines
 * (containers, CI) do not have: there we create the certificates once and use them as they are, and
 * say how to make the browser trust them.
 */
"use strict";

const fs = require("fs");

async function devHttpsOptions() {
  if (process.platform === "win32" || process.platform === "darwin") {
    return require("office-addin-dev-certs").getHttpsServerOptions();
  }
  const paths = require("office-addin-dev-certs/lib/defaults");
  if (!fs.existsSync(paths.localhostCertificatePath) || !fs.existsSync(paths.localhostKeyPath)) {
    await require("office-addin-dev-certs/lib/generate").generateCertificates();
  }
  console.log(
    `开发证书 / dev certificate: ${paths.localhostCertificatePath}\n` +
      `浏览器需信任其颁发机构 / make your browser trust its CA: ${paths.caCertificatePath}\n` +
      "(Chrome/Edge: 设置 Settings > 隐私和安全 Privacy > 管理证书 Manage certificates > 授权机构 Authorities > 导入 Import)"
  );
  return {
    ca: fs.readFileSync(paths.caCertificatePath),
    cert: fs.readFileSync(paths.localhostCertificatePath),
    key: fs.readFileSync(paths.localhostKeyPath),
  };
}

module.exports = { devHttpsOptions };
