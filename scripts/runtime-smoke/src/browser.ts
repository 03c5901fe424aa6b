/**
 * Entry of the smoke program in a web page: `index.html?api=<baseUrl>&refused=<refusedUrl>`.
 * The summary lands in `window.smokeSummary` for the test to read.
 */
import { runSmoke, type SmokeSummary } from "./smoke";

const params = new URLSearchParams(location.search);
const scope = window as unknown as { smokeSummary?: SmokeSummary };
runSmoke({
  baseUrl: params.get("api") ?? "",
  refusedUrl: params.get("refused") ?? "",
  browser: true,
  canListen: false,
}).then((summary) => {
  scope.smokeSummary = summary;
});
