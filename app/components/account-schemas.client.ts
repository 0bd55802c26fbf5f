/**
 * The account forms' schemas, for useLazyValidation: the browser fetches them once a page is
 * interactive, not with it (decision 017). A `.client` module is left out of the server build,
 * where the routes' actions and loaders import the schemas directly.
 */
export const loadLoginSchema = () => import("#app/domain/auth-schema").then((module) => module.LoginSchema);
export const loadSignUpSchema = () => import("#app/domain/auth-schema").then((module) => module.SignUpSchema);
export const loadChangePasswordSchema = () =>
  import("#app/domain/auth-schema").then((module) => module.ChangePasswordSchema);
export const loadDeleteAccountSchema = () =>
  import("#app/domain/auth-schema").then((module) => module.DeleteAccountSchema);
export const loadDisplayNameSchema = () =>
  import("#app/domain/auth-schema").then((module) => module.DisplayNameFormSchema);
export const loadChangeEmailSchema = () => import("#app/domain/auth-schema").then((module) => module.ChangeEmailSchema);
export const loadForgotPasswordSchema = () =>
  import("#app/domain/auth-schema").then((module) => module.ForgotPasswordSchema);
export const loadResetPasswordSchema = () =>
  import("#app/domain/auth-schema").then((module) => module.ResetPasswordSchema);
