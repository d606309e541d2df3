/**
 * "Go to block": the Claims tab asks for a block, then opens the Content view; the claim block's preview,
 * once rendered in the block list, takes the request, scrolls itself into view and highlights itself.
 * Module state is shared because the backoffice loads this bundle once.
 */
const EVENT = 'clinickit-focus-block';
/** A request is kept for a while, so it still works when the body sits on a tab the marketer opens next. */
const KEEP_MS = 120_000;

let pending: { blockKey: string; at: number } | undefined;

export function requestBlockFocus(blockKey: string): void {
	pending = { blockKey: blockKey.toLowerCase(), at: Date.now() };
	window.dispatchEvent(new CustomEvent(EVENT, { detail: { blockKey: pending.blockKey } }));
}

/** True (once) when a fresh request is waiting for this block. */
export function takeBlockFocus(blockKey: string | undefined): boolean {
	if (!pending || !blockKey) return false;
	if (Date.now() - pending.at > KEEP_MS) {
		pending = undefined;
		return false;
	}
	if (pending.blockKey !== blockKey.toLowerCase()) return false;
	pending = undefined;
	return true;
}

/** Calls back when a request is made while the block is already on screen. Returns the unsubscribe. */
export function onBlockFocusRequest(callback: () => void): () => void {
	const listener = () => callback();
	window.addEventListener(EVENT, listener);
	return () => window.removeEventListener(EVENT, listener);
}

/**
 * The path of the document's Content view, from the path of a workspace view
 * (`…/edit/<key>/<variant>/view/<pathname>` → `…/edit/<key>/<variant>/view/content`).
 */
export function contentViewPath(currentPath: string, viewPathname: string): string | undefined {
	const marker = `/view/${viewPathname}`;
	const at = currentPath.lastIndexOf(marker);
	if (at < 0) return undefined;
	return `${currentPath.slice(0, at)}/view/content`;
}

/** Navigates inside the backoffice (Umbraco's router follows history.pushState). */
export function navigateTo(path: string): void {
	window.history.pushState({}, '', path);
}
