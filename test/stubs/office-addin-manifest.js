// office-addin-mock imports this package only for its OfficeApp enum (it checks `host === OfficeApp.Outlook`);
// the real package's ESM dependencies cannot load under jest, so this stub carries the enum alone.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
