import QRCode from 'qrcode';

/** A QR code as inline SVG, made at build time: nothing is fetched when the notice is printed. */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
	const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
	// An image with a name, for screen readers; the address is printed beside it too.
	return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}
