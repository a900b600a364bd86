// The server's JSON shapes, as /openapi/v1.json and the runbook schema describe them.

export type Role = "viewer" | "operator" | "author" | "admin";
export const roles: Role[] = ["viewer", "operator", "author", "admin"];
export const atLeast = (role: Role | undefined, needed: Role) => role !== undefined && roles.indexOf(role) >= roles.indexOf(needed);

export interface Me {
  name: string;
  role: Role;
}

export type ValueType = "string" | "int" | "long" | "double" | "bool" | "timespan" | "datetime" | "string[]" | "int[]" | "map" | "array" | "object";

export interface RunbookParameter {
  name: string;
  type?: ValueType | null;
  required?: boolean | null;
  default?: unknown;
  description?: string | null;
}

export interface Expression {
  expr: string;
}

export interface RetrySettings {
  maxAttempts?: number | null;
  initialDelay?: string | null;
  backoffMultiplier?: number | null;
  maxDelay?: string | null;
  jitter?: number | null;
  retryAllErrors?: boolean | null;
}

export interface Position {
  x: number;
  y: number;
}

export interface ActivityDefinition {
  id: string;
  type: string;
  displayName?: string | null;
  inputs?: Record<string, unknown>;
  join?: "any" | "all";
  retry?: RetrySettings | null;
  timeout?: string | null;
  compensation?: string | null;
  layout?: ({ x?: number; y?: number } & Record<string, unknown>) | null;
}

export interface ConnectionDefinition {
  from: string;
  outcome?: string | null;
  to: string;
}

/** A script runbook's code (runbooks/*.csx): the definition's activities are empty, the code is the runbook. */
export interface ScriptSource {
  file: string;
  code: string;
  hash?: string | null;
  commit?: string | null;
}

export interface RunbookDefinition {
  id: string;
  script?: ScriptSource | null;
  version?: number;
  name: string;
  description?: string | null;
  inputs?: RunbookParameter[];
  variables?: RunbookParameter[];
  activities: ActivityDefinition[];
  connections?: ConnectionDefinition[];
  layout?: Record<string, unknown> | null;
}

export interface InputDescriptor {
  name: string;
  type: ValueType;
  required: boolean;
  default: unknown;
  description?: string | null;
  choices?: string[] | null;
}

export interface OutputDescriptor {
  name: string;
  type: ValueType;
  description?: string | null;
}

export interface ActivityDescriptor {
  type: string;
  category: string;
  description: string;
  traits?: string;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  outcomes: string[];
  dynamicOutcomesInput?: string | null;
}

export interface ValidationError {
  path: string;
  reason: string;
}

export interface ValidationResponse {
  valid: boolean;
  errors: ValidationError[];
}

/** One published version, as lists answer it. */
export interface VersionSummary {
  id: string;
  version: number;
  name: string;
}

export interface DraftSummary {
  id: string;
  name: string;
  savedAt: string;
}

export type RunStatus = "Pending" | "Running" | "Waiting" | "Completed" | "Faulted" | "Cancelled" | string;

export interface RunSummary {
  id: string;
  definitionId: string;
  definitionVersion: number;
  /** The version the run is pinned to (the server's name for it). */
  version?: number;
  /** The run that started this one (RunRunbook), if any. */
  parentRunId?: string | null;
  status: RunStatus;
  target?: string | null;
  createdAt?: string;
  updatedAt?: string;
  [key: string]: unknown;
}

export interface RunDetails extends RunSummary {
  inputs?: Record<string, unknown>;
  variables?: Record<string, unknown>;
  outputs?: Record<string, Record<string, unknown>>;
  error?: string | null;
}

export interface JournalEntry {
  seq: number;
  runId?: string;
  at?: string;
  activityId?: string | null;
  kind?: string;
  message?: string;
  [key: string]: unknown;
}

export interface Question {
  id: string;
  runId: string;
  runbook: string;
  details: { activityId?: string; text?: string; allowedAnswers?: string[]; defaultAnswer?: string | null } | null;
  dueAt?: string | null;
  target?: string | null;
  askedAt: string;
}

export interface Target {
  name: string;
  address: string;
  scheme?: string | null;
  apiPort?: number | null;
  managementPort?: number | null;
  hostHeader?: string | null;
  ssoUser?: string | null;
  ssoPasswordSecret?: string | null;
  rootPasswordSecret?: string | null;
  thumbprint?: string | null;
  tags?: string[] | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface SecretInfo {
  name: string;
  description?: string | null;
  createdAt: string;
  updatedAt: string;
}
