package nl.wijkstem.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * What a person sees go wrong in a layout, measured in the page: sideways scrolling, text
 * of two elements drawn over each other, and text cut off by its box (fixed and sticky
 * bars, which lie over the page as it scrolls, and text hidden for all but screen readers
 * are left out). Text is measured per line (a Range over each text node), so an inline
 * element that wraps is not taken for one large box. Only text outside Vaadin's shadow
 * roots is measured: the components' own texts are theirs to lay out.
 */
final class LayoutCheck {

	private static final String SCRIPT = """
			() => {
			  const problems = [];
			  const overflow = document.documentElement.scrollWidth - window.innerWidth;
			  if (overflow > 0) problems.push('the page scrolls sideways by ' + overflow + ' px');
			  const visible = el => {
			    for (let e = el; e; e = e.parentElement) {
			      const style = getComputedStyle(e);
			      if (style.display === 'none' || style.visibility === 'hidden') return false;
			      // fixed and sticky bars lie over the page by design, as it scrolls
			      if (style.position === 'fixed' || style.position === 'sticky') return false;
			      // the visually hidden pattern: there for screen readers only
			      if ((style.clip !== 'auto' && style.clip !== '') || style.clipPath !== 'none') return false;
			    }
			    return true;
			  };
			  const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string'
			      ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
			  const lines = [];
			  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    if (!node.textContent.trim() || !visible(node.parentElement)) continue;
			    const range = document.createRange();
			    range.selectNodeContents(node);
			    for (const rect of range.getClientRects()) {
			      if (rect.width >= 2 && rect.height >= 2) lines.push({ node, rect });
			    }
			  }
			  const overlaps = new Set();
			  for (let i = 0; i < lines.length; i++) {
			    for (let j = i + 1; j < lines.length; j++) {
			      const a = lines[i], b = lines[j];
			      if (a.node === b.node) continue;
			      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
			      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
			      // half a line high and more than a letter wide: not two lines touching
			      if (x > 4 && y > Math.min(a.rect.height, b.rect.height) / 2) {
			        overlaps.add('"' + a.node.textContent.trim().slice(0, 40) + '" (' + name(a.node.parentElement)
			            + ') overlaps "' + b.node.textContent.trim().slice(0, 40) + '" (' + name(b.node.parentElement) + ')');
			      }
			    }
			  }
			  problems.push(...overlaps);
			  for (const el of document.body.querySelectorAll('*')) {
			    const style = getComputedStyle(el);
			    const hides = v => v === 'hidden' || v === 'clip';
			    if (!(hides(style.overflowX) || hides(style.overflowY)) || !visible(el)) continue;
			    const text = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
			    if (!text) continue;
			    if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
			        || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
			      problems.push('text cut off in ' + name(el) + ': "' + el.textContent.trim().slice(0, 40) + '"');
			    }
			  }
			  return problems;
			}
			""";

	private LayoutCheck() {
	}

	/**
	 * What is wrong with the page's layout at its present size; empty when nothing is.
	 */
	@SuppressWarnings("unchecked")
	static List<String> problems(Page page) {
		return (List<String>) page.evaluate(SCRIPT);
	}

}
