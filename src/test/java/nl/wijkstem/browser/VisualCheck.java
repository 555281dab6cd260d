package nl.wijkstem.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * What axe does not measure, measured in the page: the contrast of a field's edge and of
 * a focus ring against what lies behind them (WCAG 1.4.11), labels cut off by their box
 * (1.4.10, 1.4.12), and a focused element hidden under something sticky (2.4.7, 2.4.11).
 * Colours are read from getComputedStyle (rgb and rgba), a translucent one laid over what
 * is behind it, and compared by relative luminance as WCAG defines it.
 */
final class VisualCheck {

	/**
	 * The text spacing WCAG 1.4.12 asks a page to bear, as its bookmarklets inject it.
	 */
	static final String TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
			+ " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

	private static final String COLOURS = """
			const parse = text => {
			  const m = /rgba?\\(([^)]*)\\)/.exec(text ?? '');
			  if (!m) return null;
			  const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
			  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
			};
			const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a),
			    g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
			const luminance = c => {
			  const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
			};
			const ratio = (a, b) => {
			  const x = luminance(a), y = luminance(b);
			  return Math.round((Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) * 100) / 100;
			};
			const up = el => el.parentElement || el.getRootNode().host || null;
			// what lies behind an element: its ancestors' backgrounds, through shadow roots, on white
			const backdrop = el => {
			  const layers = [];
			  for (let e = up(el); e; e = up(e)) layers.push(parse(getComputedStyle(e).backgroundColor));
			  return layers.reverse().reduce((below, layer) => layer ? over(layer, below) : below,
			      { r: 255, g: 255, b: 255, a: 1 });
			};
			const label = host => (host.querySelector('label')?.textContent || host.getAttribute('aria-label')
			    || host.textContent || '').trim().slice(0, 50);
			""";

	/**
	 * Every visible field and check box on the page as "tag "label": ratio", the ratio
	 * being the contrast against what is behind its box of the box's most visible edge: a
	 * ring drawn as a box shadow (Lumo's border inside, its focus ring outside), a
	 * border, or the fill.
	 */
	private static final String EDGES = "() => {" + COLOURS
			+ """
					  const edge = box => {
					    const style = getComputedStyle(box);
					    const behind = backdrop(box);
					    const fill = over(parse(style.backgroundColor) ?? { r: 0, g: 0, b: 0, a: 0 }, behind);
					    const seen = [ratio(fill, behind)];
					    // rings drawn as box shadows, inside (Lumo's border) or outside (its focus ring)
					    for (const m of style.boxShadow.matchAll(
					        /(rgba?\\([^)]*\\))\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+([\\d.]+)px\\s+([\\d.]+)px(\\s+inset)?/g)) {
					      if (parseFloat(m[5]) >= 1) seen.push(ratio(over(parse(m[1]), m[6] ? fill : behind), behind));
					    }
					    if (parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none')
					      seen.push(ratio(over(parse(style.borderTopColor), fill), behind));
					    return Math.max(...seen);
					  };
					  const fields = 'vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field,'
					      + ' vaadin-integer-field, vaadin-number-field, vaadin-select, vaadin-combo-box, vaadin-date-picker,'
					      + ' vaadin-time-picker, vaadin-checkbox, vaadin-radio-button';
					  return [...document.querySelectorAll(fields)]
					    .filter(host => host.getClientRects().length && !host.hasAttribute('disabled') && !host.hasAttribute('readonly'))
					    .map(host => {
					      const box = host.shadowRoot.querySelector('[part=input-field], [part=checkbox], [part=radio]');
					      return host.tagName.toLowerCase() + ' "' + label(host) + '": ' + edge(box);
					    });
					}
					""";

	/**
	 * The focused element's focus ring as "ratio", the contrast of its outermost ring (an
	 * outline or a box shadow drawn outside it) against what is behind the element; for a
	 * Vaadin field, its box's ring. "none" when it has no ring.
	 */
	private static final String FOCUS_RING = "() => {" + COLOURS + """
			  let el = document.activeElement;
			  const host = el?.closest('vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-checkbox,'
			      + ' vaadin-integer-field, vaadin-date-picker, vaadin-time-picker, vaadin-combo-box');
			  if (host) el = host.shadowRoot.querySelector('[part=input-field], [part=checkbox]');
			  const style = getComputedStyle(el);
			  const rings = [];
			  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
			    rings.push({ colour: parse(style.outlineColor),
			        extent: parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) });
			  for (const m of style.boxShadow.matchAll(
			      /(rgba?\\([^)]*\\))\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+([\\d.]+)px\\s+([\\d.]+)px(?!\\s+inset)/g))
			    rings.push({ colour: parse(m[1]), extent: parseFloat(m[5]) });
			  if (!rings.length) return 'none';
			  const outer = rings.reduce((a, b) => b.extent > a.extent ? b : a);
			  const behind = backdrop(el);
			  return String(ratio(over(outer.colour, behind), behind));
			}
			""";

	/**
	 * Labels, helper texts and error messages of Vaadin's fields that are cut off by
	 * their box (wider inside than out), as "tag: "text"".
	 */
	private static final String CUT_LABELS = """
			() => {
			  const cut = [];
			  for (const host of document.querySelectorAll('*')) {
			    if (!host.tagName.startsWith('VAADIN-') || !host.shadowRoot) continue;
			    const parts = host.shadowRoot.querySelectorAll('[part~=label], [part~=helper-text], [part~=error-message]');
			    for (const part of parts) {
			      if (part.closest('[part~=input-field]') || !part.getClientRects().length) continue;
			      if (part.scrollWidth > part.clientWidth + 1) {
			        const slot = part.querySelector('slot');
			        const text = (slot ? slot.assignedNodes().map(n => n.textContent).join('') : part.textContent).trim();
			        cut.push(host.tagName.toLowerCase() + ' ' + part.getAttribute('part') + ': "' + text + '"');
			      }
			    }
			    for (const label of host.querySelectorAll(':scope > label')) {
			      if (label.getClientRects().length && label.scrollWidth > label.clientWidth + 1)
			        cut.push(host.tagName.toLowerCase() + ' label: "' + label.textContent.trim() + '"');
			    }
			  }
			  return cut;
			}
			""";

	/**
	 * What the keyboard focus is on, and whether something else lies over its centre:
	 * "body" when nothing on the page is focused, else "ok <element>" or "covered
	 * <element> by <element>".
	 */
	private static final String FOCUS_COVERED = """
			() => {
			  let focused = document.activeElement;
			  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
			  if (!focused || focused === document.body) return 'body';
			  const up = el => el.parentElement || el.getRootNode().host || null;
			  const within = (outer, inner) => { for (let e = inner; e; e = up(e)) if (e === outer) return true; return false; };
			  const box = focused.getBoundingClientRect();
			  const x = box.left + box.width / 2, y = box.top + box.height / 2;
			  let there = document.elementFromPoint(x, y);
			  while (there?.shadowRoot) {
			    const inner = there.shadowRoot.elementFromPoint(x, y);
			    if (!inner || inner === there) break;
			    there = inner;
			  }
			  const name = el => el ? el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className
			      ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "'
			      + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"' : 'nothing';
			  // the element itself, something inside it, or a part of the Vaadin component it belongs to
			  let owner = focused;
			  while (owner && !owner.tagName.startsWith('VAADIN-')) owner = up(owner);
			  const mine = there && (within(focused, there) || owner && within(owner, there));
			  return mine ? 'ok ' + name(focused)
			      : 'covered ' + name(focused) + ' by ' + name(there);
			}
			""";

	private VisualCheck() {
	}

	/** Each visible field and check box with the contrast of its edge. */
	@SuppressWarnings("unchecked")
	static List<String> fieldEdges(Page page) {
		return (List<String>) page.evaluate(EDGES);
	}

	/** The contrast of the focused element's focus ring; 0 when it has none. */
	static double focusRingContrast(Page page) {
		String ratio = (String) page.evaluate(FOCUS_RING);
		return ratio.equals("none") ? 0 : Double.parseDouble(ratio);
	}

	/** The fields' labels, helper texts and messages that do not fit their box. */
	@SuppressWarnings("unchecked")
	static List<String> cutLabels(Page page) {
		return (List<String>) page.evaluate(CUT_LABELS);
	}

	/** See {@link #FOCUS_COVERED}. */
	static String focusedElement(Page page) {
		return (String) page.evaluate(FOCUS_COVERED);
	}

}
