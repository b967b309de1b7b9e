/** A cookie-keeping HTTP client for one person, speaking to the API as the web app does. */
export class TestClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: "http://127.0.0.1",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) this.cookies.set(name.trim(), value.join("="));
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return {
      status: response.status,
      // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies by path.
      json: json as Record<string, any>,
      headers: response.headers,
    };
  }

  signUp(body: Record<string, unknown>) {
    return this.request("POST", "/api/auth/sign-up/email", body);
  }

  signIn(email: string, password: string) {
    return this.request("POST", "/api/auth/sign-in/email", { email, password });
  }

  query(path: string, input?: unknown) {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.request("GET", `/trpc/${path}${qs}`);
  }

  mutate(path: string, input?: unknown) {
    return this.request("POST", `/trpc/${path}`, input ?? {});
  }

  /** The procedure's data, or a thrown error carrying the tRPC error code. */
  async call(path: string, input?: unknown, kind: "query" | "mutation" = "query") {
    const res = kind === "query" ? await this.query(path, input) : await this.mutate(path, input);
    if (res.status !== 200) {
      throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.json)}`);
    }
    return res.json.result.data;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

let counter = 0;
export function uniqueEmail(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@test.rubric.example`;
}

export const GOOD_PASSWORD = "a quiet harbour at dawn 42";
