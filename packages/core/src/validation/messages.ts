import { z } from "zod";

/**
 * Plain-language defaults for the messages zod would otherwise phrase for programmers
 * ("expected array, received undefined"). Schemas with their own message keep it.
 */
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined)
      return "This field is required.";
    return undefined;
  },
});
