export type HealthStatus = 'ok' | 'error' | 'shutting_down';

export interface HealthResponse {
  status: HealthStatus;
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
  details?: Record<string, { status: string; message?: string }>;
}
