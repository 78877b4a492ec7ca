/**
 * What the public portal needs to know: a published item changed (published, unpublished, edited,
 * files added or removed). The portal's page cache listens; the module does not know the portal.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onPublicContentChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyPublicChange(): void {
  for (const l of listeners) l();
}
