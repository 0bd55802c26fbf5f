import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of this response (production only; see server/app.ts): the
 * inline scripts Remix writes carry it, so the policy needs no 'unsafe-inline' for scripts. In the
 * browser it is unset (browsers hide nonce attributes from scripts anyway).
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
