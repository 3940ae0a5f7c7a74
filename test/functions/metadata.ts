import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";

/** The metadata the build writes as functions.json, generated from the JSDoc of src/functions. */
export interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: Array<{ name: string; description?: string; type: string; dimensionality?: string; optional?: boolean }>;
  result: { type: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export const FUNCTIONS_SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

export async function generatedMetadata(): Promise<{ functions: FunctionMeta[]; associate: Array<{ id: string; functionName: string }> }> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length > 0) throw new Error(`metadata errors:\n${result.errors.join("\n")}`);
  return { functions: JSON.parse(result.metadataJson).functions, associate: result.associate };
}
