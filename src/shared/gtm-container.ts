/**
 * A Google Tag Manager container file (the JSON that Admin → Import Container reads) that turns the
 * widgets' `dataLayer` events into GA4 events: one Data Layer Variable per event field, one Custom
 * Event trigger per event and one GA4 event tag per event, all in a folder named
 * "knee-pain-widgets". Everything comes from `ANALYTICS_EVENTS`, the table the elements send by,
 * so a trigger can only match an event the widgets really push.
 *
 * Not part of the browser bundle: the snippet builder and build tools use it.
 */
import { ANALYTICS_EVENTS } from './analytics.js';

/** One value in GTM's format: everything is a string, with a type that says how to read it. */
export interface GtmParameter {
  type: 'TEMPLATE' | 'INTEGER' | 'BOOLEAN' | 'LIST' | 'MAP';
  key?: string;
  value?: string;
  list?: GtmParameter[];
  map?: GtmParameter[];
}

/** A condition: `arg0` compared with `arg1`. */
export interface GtmCondition {
  type: 'EQUALS';
  parameter: GtmParameter[];
}

interface GtmEntity {
  accountId: string;
  containerId: string;
  name: string;
  parentFolderId: string;
}

export interface GtmVariable extends GtmEntity {
  variableId: string;
  /** `v`: Data Layer Variable. */
  type: 'v';
  parameter: GtmParameter[];
}

export interface GtmTrigger extends GtmEntity {
  triggerId: string;
  type: 'CUSTOM_EVENT';
  customEventFilter: GtmCondition[];
}

export interface GtmTag extends GtmEntity {
  tagId: string;
  /** `gaawe`: Google Analytics: GA4 Event. */
  type: 'gaawe';
  parameter: GtmParameter[];
  firingTriggerId: string[];
  tagFiringOption: 'ONCE_PER_EVENT';
  /** `NOT_SET`: the GA4 tag's built-in consent checks (Consent Mode) apply. */
  consentSettings: { consentStatus: 'NOT_SET' };
}

export interface GtmFolder {
  accountId: string;
  containerId: string;
  folderId: string;
  name: string;
}

/** The container export format, version 2. */
export interface GtmExport {
  exportFormatVersion: 2;
  exportTime: string;
  containerVersion: {
    path: string;
    accountId: string;
    containerId: string;
    containerVersionId: string;
    name: string;
    description: string;
    container: {
      path: string;
      accountId: string;
      containerId: string;
      name: string;
      publicId: string;
      usageContext: ['WEB'];
    };
    folder: GtmFolder[];
    variable: GtmVariable[];
    trigger: GtmTrigger[];
    tag: GtmTag[];
  };
}

export interface ContainerOptions {
  /** The GA4 web stream's measurement ID, such as `G-AB12CD34EF` (see `parseMeasurementId`). */
  measurementId: string;
  /** Include the cause-toggle event (only for a snippet with `data-layer-topics`). */
  topics?: boolean;
  /** When the file was made. Default: now. */
  exportTime?: Date;
}

/** A GA4 measurement ID in upper case, or `undefined` when `value` is not one (`G-` and 4–20 letters or digits). */
export function parseMeasurementId(value: unknown): string | undefined {
  const text = String(value ?? '').trim().toUpperCase();
  return /^G-[A-Z0-9]{4,20}$/.test(text) ? text : undefined;
}

/** Name of the folder, and the start of every entity's name, in the imported container. */
export const GTM_FOLDER = 'knee-pain-widgets';

const ACCOUNT = '0';
const CONTAINER = '0';
// High ids, unlikely to be those of anything already in the container the file is merged into.
const FOLDER_ID = '91300';

const template = (key: string, value: string): GtmParameter => ({ type: 'TEMPLATE', key, value });

/**
 * The container file for `options`. Throws a RangeError for a measurement ID that
 * `parseMeasurementId` rejects, so a broken file is never offered for download.
 */
export function gtmContainer(options: ContainerOptions): GtmExport {
  const measurementId = parseMeasurementId(options.measurementId);
  if (!measurementId) throw new RangeError(`"${String(options.measurementId)}" is not a GA4 measurement ID (G-XXXXXXXXXX)`);
  const owner = { accountId: ACCOUNT, containerId: CONTAINER, parentFolderId: FOLDER_ID };
  const events = Object.values(ANALYTICS_EVENTS).filter((spec) => options.topics || !spec.topic);

  let nextId = 91301;
  const variables = new Map<string, GtmVariable>();
  const variableFor = (key: string): string => {
    let variable = variables.get(key);
    if (!variable) {
      variable = {
        ...owner,
        variableId: String(nextId++),
        name: `${GTM_FOLDER} - dlv - ${key}`,
        type: 'v',
        parameter: [
          { type: 'INTEGER', key: 'dataLayerVersion', value: '2' },
          { type: 'BOOLEAN', key: 'setDefaultValue', value: 'false' },
          template('name', key),
        ],
      };
      variables.set(key, variable);
    }
    return `{{${variable.name}}}`;
  };

  const triggers: GtmTrigger[] = [];
  const tags: GtmTag[] = [];
  for (const spec of events) {
    const trigger: GtmTrigger = {
      ...owner,
      triggerId: String(nextId++),
      name: `${GTM_FOLDER} - event - ${spec.name}`,
      type: 'CUSTOM_EVENT',
      customEventFilter: [{ type: 'EQUALS', parameter: [template('arg0', '{{_event}}'), template('arg1', spec.name)] }],
    };
    triggers.push(trigger);
    const settings = Object.entries(spec.params).map(([key, param]) => ({
      type: 'MAP' as const,
      map: [template('parameter', param as string), template('parameterValue', variableFor(key))],
    }));
    tags.push({
      ...owner,
      tagId: String(nextId++),
      name: `${GTM_FOLDER} - GA4 - ${spec.name}`,
      type: 'gaawe',
      parameter: [
        { type: 'BOOLEAN', key: 'sendEcommerceData', value: 'false' },
        template('eventName', spec.name),
        template('measurementIdOverride', measurementId),
        { type: 'LIST', key: 'eventSettingsTable', list: settings },
      ],
      firingTriggerId: [trigger.triggerId],
      tagFiringOption: 'ONCE_PER_EVENT',
      consentSettings: { consentStatus: 'NOT_SET' },
    });
  }

  const time = (options.exportTime ?? new Date()).toISOString();
  return {
    exportFormatVersion: 2,
    exportTime: `${time.slice(0, 10)} ${time.slice(11, 19)}`,
    containerVersion: {
      path: `accounts/${ACCOUNT}/containers/${CONTAINER}/versions/0`,
      accountId: ACCOUNT,
      containerId: CONTAINER,
      containerVersionId: '0',
      name: `${GTM_FOLDER} measurement`,
      description: `GA4 events from the knee-pain-widgets dataLayer pushes (${events.map((e) => e.name).join(', ')}). Import with Admin > Import Container, choose Merge.`,
      container: {
        path: `accounts/${ACCOUNT}/containers/${CONTAINER}`,
        accountId: ACCOUNT,
        containerId: CONTAINER,
        name: GTM_FOLDER,
        publicId: 'GTM-XXXXXXX',
        usageContext: ['WEB'],
      },
      folder: [{ accountId: ACCOUNT, containerId: CONTAINER, folderId: FOLDER_ID, name: GTM_FOLDER }],
      variable: [...variables.values()],
      trigger: triggers,
      tag: tags,
    },
  };
}
