import { CLINIC_TOKEN } from '../schema.js';

export interface TextPart {
	text: string;
	/** True for a clinic token such as `{{clinic.name}}`, kept as written. */
	token: boolean;
}

/** Splits CTA text into plain text and clinic tokens, in order; nothing is replaced. */
export function splitTokens(text: string): TextPart[] {
	const parts: TextPart[] = [];
	const re = new RegExp(CLINIC_TOKEN.source, 'g');
	let last = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		if (m.index > last) parts.push({ text: text.slice(last, m.index), token: false });
		parts.push({ text: m[0], token: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), token: false });
	return parts;
}
