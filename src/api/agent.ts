// The connection pool every API request and file transfer goes through. Behind a proxy
// (HTTPS_PROXY, HTTP_PROXY or their lower-case forms, as curl, gh and the AWS CLI read them) it is
// undici's EnvHttpProxyAgent, which tunnels through the proxy except for the hosts in NO_PROXY;
// otherwise a plain Agent. Like gh, this machine itself (localhost, 127.0.0.1, ::1: the sandbox) is
// never sent to the proxy.
import { Agent, EnvHttpProxyAgent, type Dispatcher } from 'undici';

const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const THIS_MACHINE = ['localhost', '127.0.0.1', '::1'];

export function httpAgent(opts: Agent.Options, env: NodeJS.ProcessEnv): Dispatcher {
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '').trim();
  if (!PROXY_VARS.some((k) => env[k]) || noProxy === '*') return new Agent(opts);
  // Each proxy named from `env`, never left for undici to read from process.env ('' is none).
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY ?? '';
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY ?? '';
  return new EnvHttpProxyAgent({ ...opts, httpProxy, httpsProxy, noProxy: [noProxy, ...THIS_MACHINE].filter(Boolean).join(',') });
}
