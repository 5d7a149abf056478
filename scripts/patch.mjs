/** `text` with `from` replaced; a dependency whose code changed fails the build instead of shipping unpatched. */
export function patch(text, from, to, what) {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`build: cannot apply the patch "${what}" (the dependency changed): update the build scripts`);
  return text.replace(from, () => to);
}
