// Lints BPMN and DMN files the way Camunda Modeler does (bpmnlint + camunda-compat, chosen from each
// file's modeler:executionPlatformVersion). A file without that declaration fails: the Modeler's linter
// would silently skip it.
import { readFileSync } from 'node:fs';
import { Linter } from '@camunda/linting';
import { DmnModdle } from 'dmn-moddle';

const REQUIRED_PLATFORM = 'Camunda Cloud';
const files = process.argv.slice(2);
const linter = new Linter({ modeler: 'desktop', type: 'cloud' });
let problems = 0;

function report(file, level, id, message) {
  problems += 1;
  console.log(`${file}: ${level} ${id ?? ''} ${message}`.replace(/\s+/g, ' '));
}

function checkPlatform(file, xml) {
  const platform = /modeler:executionPlatform="([^"]*)"/.exec(xml)?.[1];
  const version = /modeler:executionPlatformVersion="([^"]*)"/.exec(xml)?.[1];
  if (platform !== REQUIRED_PLATFORM || !version) {
    report(file, 'error', 'definitions', `must declare modeler:executionPlatform="${REQUIRED_PLATFORM}" and an executionPlatformVersion`);
  }
}

for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  checkPlatform(file, xml);
  if (file.endsWith('.bpmn')) {
    const reports = await linter.lint(xml);
    for (const r of reports) {
      report(file, r.category, r.id, `${r.message} [${r.rule}]`);
    }
  } else if (file.endsWith('.dmn')) {
    const { warnings } = await new DmnModdle().fromXML(xml, 'dmn:Definitions');
    for (const w of warnings) {
      report(file, 'error', w.element?.id, w.message);
    }
  } else {
    report(file, 'error', '', 'neither .bpmn nor .dmn');
  }
}
console.log(`${files.length} model(s) linted, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
