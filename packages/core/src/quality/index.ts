/** Quality estimation: success-rate intervals and per-category accuracy from gold results. */
export {
  betaQuantile,
  logGamma,
  normalQuantile,
  regularizedIncompleteBeta,
} from "./distributions.ts";
export * from "./estimate.ts";
export * from "./interval.ts";
