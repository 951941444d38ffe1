/** The text with its first letter in capitals: "target" → "Target" (legend words, badges). */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
