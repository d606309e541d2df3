// Starts the backoffice harness (vite.backoffice.config.ts): the real Umbraco backoffice with ClinicKit inside,
// on a fake Management API. `npm run backoffice` prints the address; tests call startHarness().
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/** @param {{ port?: number }} [options] */
export async function startHarness(options = {}) {
	const server = await createServer({
		configFile: fileURLToPath(new URL('../../vite.backoffice.config.ts', import.meta.url)),
		server: { port: options.port ?? 0, strictPort: options.port !== undefined },
	});
	await server.listen();
	const address = server.httpServer?.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const harness = await startHarness({ port: Number(process.env.PORT ?? 5190) });
	console.log(`ClinicKit in the Umbraco backoffice: ${harness.url}/umbraco/section/content`);
}
