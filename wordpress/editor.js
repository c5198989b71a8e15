/**
 * Knee Pain Widgets in the block editor: the sidebar fields of each block and a live preview with
 * the real widget. Plain JavaScript against the editor's globals (wp.blocks, wp.element, …), so no
 * build step is needed. The blocks, their attributes and the words of each field come from the
 * server (window.kneePainWidgetsEditor, written by includes/blocks.php from includes/widgets.php,
 * which the build generates from the widgets' own attribute list and the snippet builder's form).
 * The blocks save nothing but their attributes: the page is rendered on the server.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;

  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  var HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
  var INPUT_TYPES = { url: 'url', phone: 'tel', date: 'date' };

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  /** The site's setting for an attribute, or undefined. */
  function siteValue(attribute) {
    return attribute.site && config.site && has(config.site, attribute.name) ? config.site[attribute.name] : undefined;
  }

  function isBlank(value) {
    return value === undefined || value === null || String(value).trim() === '';
  }

  /** The label of an option value, for showing which site setting applies. */
  function optionLabel(attribute, value) {
    var options = attribute.options || [];
    for (var i = 0; i < options.length; i++) {
      if (String(options[i].value) === String(value)) return options[i].label;
    }
    return String(value);
  }

  /**
   * The element's attributes for the preview, as the server will write them: the block's own
   * values, then the site's settings. The widget checks them itself, as on the page.
   */
  function previewAttributes(widget, attributes) {
    var out = { inert: '' };
    widget.attributes.forEach(function (attribute) {
      var value = attributes[attribute.key];
      if (attribute.kind === 'boolean') {
        if (value !== true && value !== false) value = siteValue(attribute);
        if (value === true) out[attribute.name] = '';
        return;
      }
      if (isBlank(value)) value = siteValue(attribute);
      if (isBlank(value)) return;
      if (attribute.property) {
        // A brand colour: a custom property on the widget, as the server writes it.
        if (HEX.test(String(value).trim())) {
          out.style = out.style || {};
          out.style[attribute.property] = String(value).trim();
        }
        return;
      }
      out[attribute.name] = String(value);
    });
    return out;
  }

  /** One sidebar field for one attribute. */
  function field(attribute, attributes, setAttributes) {
    var value = attributes[attribute.key];
    var site = siteValue(attribute);
    var set = function (next) {
      var change = {};
      change[attribute.key] = next;
      setAttributes(change);
    };
    var common = { key: attribute.key, label: attribute.label, help: attribute.help || undefined };

    if (attribute.kind === 'boolean') {
      if (attribute.site) {
        var state = value === true ? 'on' : value === false ? 'off' : '';
        return el(
          components.SelectControl,
          Object.assign({}, common, {
            value: state,
            options: [
              {
                value: '',
                label: site === true ? __('Site setting (on)', 'knee-pain-widgets') : __('Site setting (off)', 'knee-pain-widgets'),
              },
              { value: 'on', label: __('On', 'knee-pain-widgets') },
              { value: 'off', label: __('Off', 'knee-pain-widgets') },
            ],
            onChange: function (next) {
              set(next === 'on' ? true : next === 'off' ? false : undefined);
            },
          }),
        );
      }
      return el(
        components.ToggleControl,
        Object.assign({}, common, {
          checked: value === true,
          onChange: function (next) {
            set(next ? true : undefined);
          },
        }),
      );
    }

    if (attribute.kind === 'enum') {
      var empty = isBlank(site)
        ? attribute.empty
        : sprintf(/* translators: %s: the value set for the whole site. */ __('Site setting (%s)', 'knee-pain-widgets'), optionLabel(attribute, site));
      return el(
        components.SelectControl,
        Object.assign({}, common, {
          value: isBlank(value) ? '' : String(value),
          options: [{ value: '', label: empty }].concat(
            attribute.options.map(function (option) {
              return { value: String(option.value), label: option.label };
            }),
          ),
          onChange: function (next) {
            set(next === '' ? undefined : next);
          },
        }),
      );
    }

    return el(
      components.TextControl,
      Object.assign({}, common, {
        type: INPUT_TYPES[attribute.kind] || 'text',
        value: isBlank(value) ? '' : String(value),
        placeholder: isBlank(site) ? attribute.placeholder || undefined : String(site),
        onChange: function (next) {
          set(next === '' ? undefined : next);
        },
      }),
    );
  }

  /** The sidebar: one panel per group of fields, in the snippet builder's order and words. */
  function sidebar(widget, attributes, setAttributes) {
    var groups = [];
    var byName = {};
    widget.attributes.forEach(function (attribute) {
      var name = attribute.group || __('More', 'knee-pain-widgets');
      if (!has(byName, name)) {
        byName[name] = { name: name, fields: [] };
        groups.push(byName[name]);
      }
      byName[name].fields.push(field(attribute, attributes, setAttributes));
    });
    var panels = groups.map(function (group, index) {
      return el(components.PanelBody, { key: group.name, title: group.name, initialOpen: index === 0 }, group.fields);
    });
    if (config.settings) {
      panels.push(
        el(
          components.PanelBody,
          { key: 'site', title: __('Site-wide values', 'knee-pain-widgets'), initialOpen: false },
          el(
            'p',
            null,
            __('Empty fields use the values set for the whole site.', 'knee-pain-widgets') + ' ',
            el('a', { href: config.settings }, __('Settings → Knee Pain Widgets', 'knee-pain-widgets')),
          ),
        ),
      );
    }
    return el(blockEditor.InspectorControls, null, panels);
  }

  config.widgets.forEach(function (widget) {
    wp.blocks.registerBlockType(widget.block, {
      edit: function (props) {
        var blockProps = blockEditor.useBlockProps();
        return el(
          Fragment,
          null,
          sidebar(widget, props.attributes, props.setAttributes),
          // The real widget, made inert so its links cannot take the author away from the editor.
          el('div', blockProps, el(widget.tag, previewAttributes(widget, props.attributes))),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.kneePainWidgetsEditor);
