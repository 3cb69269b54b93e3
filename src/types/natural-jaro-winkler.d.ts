// Types for the one deep module of natural we import (its package root pulls in database drivers).
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: boolean; ignoreCase?: boolean }): number;
}
