import type { CommentView } from './views.js';

type Flat = Omit<CommentView, 'depth'>;

/**
 * Orders comments (given oldest first) into threads: each root in time order, its replies
 * right after it, depth-first. A reply whose parent is missing is shown as a root rather than
 * lost. Iterative, so a very long reply chain cannot overflow the stack.
 */
export function threaded(comments: Flat[]): CommentView[] {
  const ids = new Set(comments.map((c) => c.id));
  const children = new Map<string | null, Flat[]>();
  for (const c of comments) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  const out: CommentView[] = [];
  const stack: Array<{ c: Flat; depth: number }> = (children.get(null) ?? [])
    .map((c) => ({ c, depth: 0 }))
    .reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push({ ...next.c, depth: next.depth });
    const replies = children.get(next.c.id) ?? [];
    for (let i = replies.length - 1; i >= 0; i--) {
      const reply = replies[i];
      if (reply) stack.push({ c: reply, depth: next.depth + 1 });
    }
  }
  return out;
}
