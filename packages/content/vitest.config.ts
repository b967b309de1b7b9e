import { baseTestConfig } from "@rubric/vitest-config";

export default baseTestConfig;
