// Checks an MDX file the way the build will read it: Sätteri, the compiler @astrojs/mdx uses, parses and
// compiles it (so a syntax error is found by `npm run validate` too), and the body may hold text and
// harmless markup only. Raw HTML that runs or loads something, event handlers, `{…}` expressions and
// import/export are refused here, long before the Content-Security-Policy would block them in a browser.
import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';

/** Elements that run code, restyle the page or load another document. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed']);

export interface BodyProblem {
  line: number | null;
  message: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

const isScriptUrl = (value: unknown) => typeof value === 'string' && /^\s*javascript:/i.test(value);

function problemsIn(node: Node, out: BodyProblem[]) {
  const line = node.position?.start.line ?? null;
  const add = (message: string) => out.push({ line, message });
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = (node.name ?? '').toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(name)) add(`<${name}> is not allowed: an MDX body holds text, not raw HTML`);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxExpressionAttribute') add(`<${name} {…}> spreads attributes; write them out`);
        else if (/^on/i.test(attribute.name ?? '')) add(`the ${attribute.name}= event handler on <${name}> is not allowed`);
        else if (isScriptUrl(attribute.value)) add(`a javascript: address on <${name}> is not allowed`);
      }
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      add('{…} expressions are not allowed: an MDX body holds text');
      break;
    case 'mdxjsEsm':
      add('import and export are not allowed in an MDX body');
      break;
    case 'link':
    case 'image':
      if (isScriptUrl(node.url)) add('a javascript: address is not allowed');
      break;
  }
  for (const child of node.children ?? []) problemsIn(child, out);
}

/** "3:8: Expected a closing tag…" → line 3 and the reason. */
function syntaxProblem(error: unknown): BodyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+(?:-\d+:\d+)?:\s*(.*)$/s.exec(text);
  return match ? { line: Number(match[1]), message: `MDX syntax: ${match[2]}` } : { line: null, message: `MDX syntax: ${text}` };
}

/** Problems of a whole MDX file (front matter included, so that lines are the file's lines). */
export function checkMdx(source: string): BodyProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
    mdxToJs(source, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  } catch (error) {
    return [syntaxProblem(error)];
  }
  const problems: BodyProblem[] = [];
  problemsIn(tree as Node, problems);
  return problems;
}
