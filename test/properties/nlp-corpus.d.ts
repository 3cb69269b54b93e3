// The one function of nlp-corpus (real English text, a devDependency) that the properties read.
declare module "nlp-corpus" {
  /** Every sentence the package ships, in its file order. */
  export function all(): string[];
}
