import { describe, expect, it } from 'vitest';
import { isSafeMarkdownLink, markdownLinkRel, renderMarkdown } from './markdown.js';

/**
 * Payloads after the OWASP XSS Filter Evasion Cheat Sheet, written as an author could type them into
 * an article: raw tags, event handlers, script URLs hidden by case, entities and whitespace, data: URLs,
 * and the same addresses in every Markdown form that makes a link or an image.
 */
const payloads = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<svg/onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<BODY ONLOAD=alert(\'XSS\')>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>',
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<DIV STYLE="width: expression(alert(\'XSS\'));">',
  '<STYLE>@import\'http://xss.example/xss.css\';</STYLE>',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>',
  '<a href="javascript:alert(1)">click</a>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](<javascript:alert(1)>)',
  '[click](jav&#x09;ascript:alert(1))',
  '[click](jav&#x0A;ascript:alert(1))',
  '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](java\\script:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](file:///etc/passwd)',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x" onerror="alert(1)](https://img.example/a.png)',
  '[x](https://ok.example/" onmouseover="alert(1))',
  '[click][evil]\n\n[evil]: javascript:alert(1)',
  '![pic][evil]\n\n[evil]: data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  '<javascript:alert(1)>',
  '<vbscript:msgbox(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  'javascript:alert(1) and www.example.com',
  '`<script>alert(1)</script>`',
  '```"><script>alert(1)</script>\ncode\n```',
  '<!-- --><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

/** Every tag markdown-it makes; any other tag in the output would have come from the input. */
const renderedTags = new Set([
  'p', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'em', 'strong', 's', 'code', 'pre',
  'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);

/** The tags of rendered HTML, each with its attributes (markdown-it always double-quotes their values). */
const tagsOf = (html: string) =>
  [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    rest: rest!,
    attributes: [...rest!.matchAll(/\s([^\s="]+)(?:="([^"]*)")?/g)].map(([, attribute, value]) => ({ name: attribute!.toLowerCase(), value: value ?? '' })),
  }));

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('renderMarkdown against XSS payloads', () => {
  it('has a corpus of at least 40 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(40);
  });

  it.each(payloads)('renders %j with no script, no handler, no dangerous URL and no tag from the input', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<script/i);
    for (const tag of tagsOf(html)) {
      expect(renderedTags).toContain(tag.name);
      // Nothing between the attributes but well-formed name="value" pairs, so the list below is all of them.
      expect(tag.rest).toMatch(/^(\s[a-z-]+(="[^"]*")?)*\s*\/?$/);
      for (const attribute of tag.attributes) {
        expect(attribute.name).not.toMatch(/^on/);
        if (attribute.name !== 'href' && attribute.name !== 'src') continue;
        // What a browser would read: entities decoded, whitespace and controls dropped, any case.
        const address = decodeEntities(attribute.value)
          .replace(/[\s\p{Cc}]/gu, '')
          .toLowerCase();
        expect(address).not.toMatch(/^(javascript|vbscript|data|file):/);
        // An address that names a scheme names an allowed one.
        if (/^[^/?#]*:/.test(address)) expect(address).toMatch(/^(https?|mailto):/);
      }
    }
  });
});

describe('renderMarkdown for course articles', () => {
  it('renders headings, emphasis and lists', () => {
    expect(renderMarkdown('# Опорные населённые пункты\n\n**Главное** и *важное*:\n\n- первое\n- второе\n\n1. раз')).toBe(
      '<h1>Опорные населённые пункты</h1>\n<p><strong>Главное</strong> и <em>важное</em>:</p>\n<ul>\n<li>первое</li>\n<li>второе</li>\n</ul>\n<ol>\n<li>раз</li>\n</ol>\n',
    );
  });

  it('renders a table', () => {
    const html = renderMarkdown('| Город | Жители |\n| --- | ---: |\n| Суздаль | 9 000 |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Город</th>');
    expect(html).toContain('<td style="text-align:right">9 000</td>');
  });

  it('renders code blocks and inline code with their markup escaped', () => {
    expect(renderMarkdown('```ts\nconst a = 1 < 2;\n```')).toBe('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>\n');
    expect(renderMarkdown('Use `<b>` here')).toBe('<p>Use <code>&lt;b&gt;</code> here</p>\n');
  });

  it('renders https, mailto and relative links with a safe rel', () => {
    expect(renderMarkdown('[Форум](https://forum.example/ru)')).toBe(`<p><a href="https://forum.example/ru" rel="${markdownLinkRel}">Форум</a></p>\n`);
    expect(renderMarkdown('[Написать](mailto:school@forum.example)')).toContain('href="mailto:school@forum.example"');
    expect(renderMarkdown('[Модуль 2](/courses/small-towns#m2)')).toContain('href="/courses/small-towns#m2"');
    expect(renderMarkdown('[Далее](next-lesson)')).toContain('href="next-lesson"');
  });

  it('turns bare https addresses and e-mails into links', () => {
    const html = renderMarkdown('См. https://forum.example или school@forum.example');
    expect(html).toContain(`<a href="https://forum.example" rel="${markdownLinkRel}">https://forum.example</a>`);
    expect(html).toContain('href="mailto:school@forum.example"');
  });

  it('renders an uploaded image by its relative address and an https one', () => {
    expect(renderMarkdown('![Схема](/api/uploads/plan-1)')).toBe('<p><img src="/api/uploads/plan-1" alt="Схема"></p>\n');
    expect(renderMarkdown('![Карта](https://maps.example/a.png)')).toContain('src="https://maps.example/a.png"');
  });

  it('keeps Chinese text and shows raw HTML as text', () => {
    expect(renderMarkdown('## 小城市的创意经济')).toBe('<h2>小城市的创意经济</h2>\n');
    expect(renderMarkdown('Текст <b>жирный</b>')).toBe('<p>Текст &lt;b&gt;жирный&lt;/b&gt;</p>\n');
  });

  it('keeps quotes and dashes as typed (no typographer)', () => {
    expect(renderMarkdown('"Малые города" -- (c)')).toBe('<p>&quot;Малые города&quot; -- (c)</p>\n');
  });
});

describe('isSafeMarkdownLink', () => {
  it('allows http, https, mailto and relative addresses', () => {
    for (const url of ['http://a.example', 'HTTPS://a.example/x?y=1', 'mailto:a@b.example', '/x', 'x/y', '#top', '?page=2', '//cdn.example/a.png', 'a/b:c']) {
      expect(isSafeMarkdownLink(url)).toBe(true);
    }
  });

  it('refuses every other scheme, however it is dressed', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'jav%09ascript:alert(1)', 'vbscript:x', 'data:image/png;base64,AA', 'file:///etc/passwd', 'ftp://a.example', 'tel:+7']) {
      expect(isSafeMarkdownLink(url)).toBe(false);
    }
  });
});
