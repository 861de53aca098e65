// Bundle entry for `ashby mcp` (dist/mcp.js): what the build needs to render the tool list.
export { allTools, listed } from './server.js';
