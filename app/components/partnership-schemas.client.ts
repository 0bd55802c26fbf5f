/**
 * The partnership forms' schemas, for useLazyValidation: fetched once the page is interactive,
 * not with it (decision 017). The actions import them directly.
 */
export const loadPartnershipRequestSchema = () =>
  import("#app/domain/partnership-schema").then((module) => module.PartnershipRequestSchema);
