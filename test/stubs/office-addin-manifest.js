// office-addin-mock imports this package only for manifest helpers it never uses in our tests.
module.exports = {};
