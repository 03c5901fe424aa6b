/** Entry of the smoke program as a Cloudflare Worker: any request runs it and gets the summary. */
import { runSmoke } from "./smoke";

interface Env {
  MOCK_URL: string;
  REFUSED_URL: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const summary = await runSmoke({
      baseUrl: env.MOCK_URL,
      refusedUrl: env.REFUSED_URL,
      browser: false,
      canListen: false,
    });
    return Response.json(summary);
  },
};
