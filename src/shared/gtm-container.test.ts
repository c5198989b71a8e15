import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { preventNavigation, shadow, waitFor } from '../test/helpers.js';
import { gtmContainer, parseMeasurementId, type GtmExport, type GtmParameter } from './gtm-container.js';
import { viewTiming } from './viewability.js';

// The fields each entity may have, from the Tag Manager API v2 reference (resources Tag, Trigger,
// Variable, Folder, Container and ContainerVersion), which is what an exported container file holds.
// Enumerated values are written the way GTM's own export files write them (upper case).
const DOCUMENTED = {
  exportFile: ['exportFormatVersion', 'exportTime', 'containerVersion'],
  containerVersion: ['path', 'accountId', 'containerId', 'containerVersionId', 'name', 'deleted', 'description', 'container', 'tag', 'trigger', 'variable', 'folder', 'builtInVariable', 'fingerprint', 'tagManagerUrl', 'zone', 'customTemplate', 'client', 'gtagConfig', 'transformation'],
  container: ['path', 'accountId', 'containerId', 'name', 'domainName', 'publicId', 'tagIds', 'features', 'notes', 'usageContext', 'fingerprint', 'tagManagerUrl', 'taggingServerUrls'],
  tag: ['path', 'accountId', 'containerId', 'workspaceId', 'tagId', 'name', 'type', 'liveOnly', 'priority', 'notes', 'scheduleStartMs', 'scheduleEndMs', 'parameter', 'fingerprint', 'firingTriggerId', 'blockingTriggerId', 'setupTag', 'teardownTag', 'parentFolderId', 'tagFiringOption', 'tagManagerUrl', 'paused', 'monitoringMetadata', 'monitoringMetadataTagNameKey', 'consentSettings'],
  trigger: ['path', 'accountId', 'containerId', 'workspaceId', 'triggerId', 'name', 'type', 'customEventFilter', 'filter', 'autoEventFilter', 'waitForTags', 'checkValidation', 'waitForTagsTimeout', 'uniqueTriggerId', 'eventName', 'interval', 'limit', 'fingerprint', 'parentFolderId', 'selector', 'intervalSeconds', 'maxTimerLengthSeconds', 'verticalScrollPercentageList', 'horizontalScrollPercentageList', 'visibilitySelector', 'visiblePercentageMin', 'visiblePercentageMax', 'continuousTimeMinMilliseconds', 'totalTimeMinMilliseconds', 'tagManagerUrl', 'notes', 'parameter'],
  variable: ['path', 'accountId', 'containerId', 'workspaceId', 'variableId', 'name', 'type', 'notes', 'scheduleStartMs', 'scheduleEndMs', 'parameter', 'enablingTriggerId', 'disablingTriggerId', 'fingerprint', 'parentFolderId', 'tagManagerUrl', 'formatValue'],
  folder: ['path', 'accountId', 'containerId', 'workspaceId', 'folderId', 'name', 'fingerprint', 'tagManagerUrl', 'notes'],
  parameter: ['type', 'key', 'value', 'list', 'map', 'isWeakReference'],
  condition: ['type', 'parameter'],
} as const;
const PARAMETER_TYPES = ['TEMPLATE', 'INTEGER', 'BOOLEAN', 'LIST', 'MAP', 'TRIGGER_REFERENCE', 'TAG_REFERENCE'];

function onlyDocumented(what: keyof typeof DOCUMENTED, object: object): void {
  const allowed: readonly string[] = DOCUMENTED[what];
  for (const key of Object.keys(object)) expect(allowed, `${what}.${key}`).to.include(key);
}

function checkParameters(list: GtmParameter[], where: string): void {
  for (const p of list) {
    onlyDocumented('parameter', p);
    expect(PARAMETER_TYPES, `${where}: ${p.type}`).to.include(p.type);
    if (p.type === 'LIST') checkParameters(p.list ?? [], `${where} list`);
    else if (p.type === 'MAP') checkParameters(p.map ?? [], `${where} map`);
    else expect(p.value, `${where} ${p.key}`).to.be.a('string');
    if (p.type === 'INTEGER') expect(p.value).to.match(/^\d+$/);
    if (p.type === 'BOOLEAN') expect(['true', 'false']).to.include(p.value);
  }
}

const param = (list: GtmParameter[], key: string) => list.find((p) => p.key === key)?.value;

/** Checks a file against the import format and its internal references; returns it parsed. */
function checkStructure(file: GtmExport): GtmExport {
  // What the builder offers for download is JSON text: check the file as GTM will read it.
  const parsed = JSON.parse(JSON.stringify(file)) as GtmExport;
  onlyDocumented('exportFile', parsed);
  expect(parsed.exportFormatVersion).to.equal(2);
  expect(parsed.exportTime).to.match(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  const version = parsed.containerVersion;
  onlyDocumented('containerVersion', version);
  onlyDocumented('container', version.container);
  expect(version.container.usageContext).to.deep.equal(['WEB']);

  const folders = new Set(version.folder.map((f) => (onlyDocumented('folder', f), f.folderId)));
  const ids = [...version.folder.map((f) => f.folderId), ...version.variable.map((v) => v.variableId), ...version.trigger.map((t) => t.triggerId), ...version.tag.map((t) => t.tagId)];
  expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
  const names = [...version.variable, ...version.trigger, ...version.tag].map((e) => e.name);
  expect(new Set(names).size, 'names are unique').to.equal(names.length);
  for (const name of names) expect(name).to.match(/^knee-pain-widgets - /);

  const variableNames = new Set<string>();
  for (const variable of version.variable) {
    onlyDocumented('variable', variable);
    expect(variable.type, 'Data Layer Variable').to.equal('v');
    expect(folders).to.include(variable.parentFolderId);
    checkParameters(variable.parameter, variable.name);
    expect(param(variable.parameter, 'dataLayerVersion')).to.equal('2');
    expect(param(variable.parameter, 'name')).to.be.a('string').and.not.equal('');
    variableNames.add(variable.name);
  }
  const triggerIds = new Set<string>();
  for (const trigger of version.trigger) {
    onlyDocumented('trigger', trigger);
    expect(trigger.type).to.equal('CUSTOM_EVENT');
    expect(folders).to.include(trigger.parentFolderId);
    expect(trigger.customEventFilter).to.have.length(1);
    const [condition] = trigger.customEventFilter;
    onlyDocumented('condition', condition);
    expect(condition.type).to.equal('EQUALS');
    checkParameters(condition.parameter, trigger.name);
    expect(param(condition.parameter, 'arg0')).to.equal('{{_event}}');
    triggerIds.add(trigger.triggerId);
  }
  for (const tag of version.tag) {
    onlyDocumented('tag', tag);
    expect(tag.type, 'GA4 event tag').to.equal('gaawe');
    expect(folders).to.include(tag.parentFolderId);
    checkParameters(tag.parameter, tag.name);
    expect(tag.firingTriggerId).to.have.length(1);
    expect(triggerIds).to.include(tag.firingTriggerId[0]);
    expect(tag.consentSettings).to.deep.equal({ consentStatus: 'NOT_SET' });
    // Every {{variable}} a tag uses is in the file (or GTM's built-in _event).
    for (const [, name] of JSON.stringify(tag.parameter).matchAll(/\{\{([^}]+)\}\}/g)) expect(variableNames, tag.name).to.include(name);
  }
  return parsed;
}

type Layer = { dataLayer?: Record<string, unknown>[] };

/** Every dataLayer entry the widgets push when a reader does everything, with every opt-in on. */
async function entriesReallySent(): Promise<Record<string, unknown>[]> {
  const dwell = viewTiming.dwell;
  viewTiming.dwell = 0;
  const allow = preventNavigation();
  delete (window as Layer).dataLayer;
  try {
    const wrapper = await fixture<HTMLElement>(html`
      <div style="position:fixed;inset:0;overflow:hidden;display:grid;grid-template-columns:1fr 1fr 1fr;font-size:6px">
        <knee-pain-causes data-layer data-layer-topics></knee-pain-causes>
        <relief-tips data-layer></relief-tips>
        <pt-cta data-layer phone="617-555-0123" booking-url="https://clinic.example/book"></pt-cta>
      </div>
    `);
    const [causes, , cta] = [...wrapper.children] as HTMLElement[];
    const layer = () => (window as Layer).dataLayer ?? [];
    await waitFor(() => layer().filter((e) => e.event === 'kp_widget_view').length === 3, 'three views');
    shadow(causes).querySelector<HTMLElement>('summary')!.click();
    shadow(cta).querySelector<HTMLElement>('[part=book]')!.click();
    shadow(cta).querySelector<HTMLElement>('[part=call]')!.click();
    return layer();
  } finally {
    viewTiming.dwell = dwell;
    allow();
    delete (window as Layer).dataLayer;
  }
}

describe('gtmContainer: the Tag Manager import file', () => {
  const at = new Date(Date.UTC(2026, 2, 3, 9, 5, 7));

  it('follows the import format: variables, Custom Event triggers and GA4 event tags', () => {
    const file = checkStructure(gtmContainer({ measurementId: 'g-ab12cd34ef', exportTime: at }));
    expect(file.exportTime).to.equal('2026-03-03 09:05:07');
    const version = file.containerVersion;
    expect(version.trigger.map((t) => param(t.customEventFilter[0].parameter, 'arg1'))).to.deep.equal(['kp_widget_view', 'kp_cta_click']);
    expect(version.variable.map((v) => param(v.parameter, 'name'))).to.deep.equal(['widget', 'action', 'href', 'clinicName']);
    for (const tag of version.tag) expect(param(tag.parameter, 'measurementIdOverride')).to.equal('G-AB12CD34EF');
    const click = version.tag.find((t) => param(t.parameter, 'eventName') === 'kp_cta_click')!;
    const settings = click.parameter.find((p) => p.key === 'eventSettingsTable')!.list!.map((row) => [param(row.map!, 'parameter'), param(row.map!, 'parameterValue')]);
    expect(settings).to.deep.equal([
      ['action', '{{knee-pain-widgets - dlv - action}}'],
      ['link_url', '{{knee-pain-widgets - dlv - href}}'],
      ['clinic_name', '{{knee-pain-widgets - dlv - clinicName}}'],
    ]);
  });

  it('has no cause-toggle trigger or tag unless topics are shared', () => {
    const without = JSON.stringify(gtmContainer({ measurementId: 'G-AB12CD34EF' }));
    expect(without).not.to.contain('kp_cause_toggle');
    expect(without).not.to.contain('cause_id');
    const withTopics = checkStructure(gtmContainer({ measurementId: 'G-AB12CD34EF', topics: true }));
    expect(withTopics.containerVersion.tag.map((t) => param(t.parameter, 'eventName'))).to.deep.equal(['kp_widget_view', 'kp_cta_click', 'kp_cause_toggle']);
  });

  it('matches only events the widgets really push, reading only keys those events carry', async () => {
    const sent = await entriesReallySent();
    const names = new Set(sent.map((e) => String(e.event)));
    expect([...names].sort()).to.deep.equal(['kp_cause_toggle', 'kp_cta_click', 'kp_widget_view']);
    const version = gtmContainer({ measurementId: 'G-AB12CD34EF', topics: true }).containerVersion;
    const keyOf = new Map(version.variable.map((v) => [`{{${v.name}}}`, param(v.parameter, 'name')!]));
    for (const tag of version.tag) {
      const trigger = version.trigger.find((t) => t.triggerId === tag.firingTriggerId[0])!;
      const event = param(trigger.customEventFilter[0].parameter, 'arg1')!;
      expect(names, trigger.name).to.include(event);
      const entries = sent.filter((e) => e.event === event);
      const used = tag.parameter.find((p) => p.key === 'eventSettingsTable')!.list!.map((row) => keyOf.get(param(row.map!, 'parameterValue')!)!);
      for (const entry of entries) expect(Object.keys(entry).sort(), event).to.deep.equal(['event', ...used].sort());
    }
    // And every event pushed has its trigger.
    for (const name of names) expect(version.trigger.some((t) => param(t.customEventFilter[0].parameter, 'arg1') === name), name).to.equal(true);
  });

  it('accepts only GA4 measurement IDs', () => {
    expect(parseMeasurementId(' g-ab12cd34ef ')).to.equal('G-AB12CD34EF');
    for (const bad of ['', 'UA-12345-1', 'GTM-ABC123', 'G-', 'G-AB', 'G-AB12"><script>', 'G-AB12 CD34', 'AW-123456789']) {
      expect(parseMeasurementId(bad), bad).to.equal(undefined);
      expect(() => gtmContainer({ measurementId: bad }), bad).to.throw(RangeError);
    }
  });
});
