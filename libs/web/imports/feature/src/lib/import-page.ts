import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, type OnInit, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { ImportJob, ImportKind, InventoryRound } from '@kl/shared/contracts';
import {
  countsText,
  downloadLinks,
  IMPORT_KIND_LABELS,
  IMPORT_PHASE_LABELS,
  IMPORT_STATE_LABELS,
  type ImportPhase,
  ImportsApi,
  phaseOfJob,
  problemLines,
  progressValue,
} from '@kl/web/imports/data-access';
import { InventoryApi } from '@kl/web/inventory/data-access';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import type { Subscription } from 'rxjs';

const POLL_MS = 1_000;
const ACTION_LABELS = { add: 'Läggs till', change: 'Ändras', unchanged: 'Oförändrad' } as const;

/**
 * /import: a kommun administrator downloads a template or an export, uploads a staff or
 * assessment file, reads the preview with every problem, and confirms. The job's id is kept in the
 * address, so that a page reloaded during the write finds the job and shows how it ended.
 */
@Component({
  selector: 'kl-import-page',
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage implements OnInit {
  private readonly api = inject(ImportsApi);
  private readonly inventory = inject(InventoryApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private upload?: Subscription;
  private poll?: ReturnType<typeof setTimeout>;

  readonly kinds = (Object.keys(IMPORT_KIND_LABELS) as ImportKind[]).map((value) => ({ value, label: IMPORT_KIND_LABELS[value] }));
  readonly actionLabels = ACTION_LABELS;
  readonly kind = signal<ImportKind>('staff');
  readonly rounds = signal<InventoryRound[]>([]);
  readonly roundId = signal('');
  readonly file = signal<File | null>(null);
  readonly inviteAccounts = signal(false);
  readonly phase = signal<ImportPhase | null>(null);
  readonly sent = signal(0);
  readonly job = signal<ImportJob | null>(null);
  readonly error = signal<string | null>(null);
  readonly recent = signal<ImportJob[]>([]);

  readonly links = computed(() => downloadLinks(this.kind(), this.roundId() || undefined));
  readonly problems = computed(() => problemLines(this.job()?.problems ?? []));
  readonly progress = computed(() => {
    const phase = this.phase();
    return phase ? progressValue(phase, this.sent()) : 0;
  });
  readonly phaseLabel = computed(() => {
    const phase = this.phase();
    return phase ? IMPORT_PHASE_LABELS[phase] : '';
  });
  readonly busy = computed(() => ['upload', 'check', 'write'].includes(this.phase() ?? ''));
  readonly canUpload = computed(() => !!this.file() && !this.busy() && (this.kind() === 'staff' || !!this.roundId()));
  readonly countsText = computed(() => {
    const job = this.job();
    return job ? countsText(job) : '';
  });
  readonly stateLabel = (job: ImportJob) => IMPORT_STATE_LABELS[job.state];
  readonly kindLabel = (job: ImportJob) => IMPORT_KIND_LABELS[job.kind];

  constructor() {
    this.destroyRef.onDestroy(() => {
      this.upload?.unsubscribe();
      clearTimeout(this.poll);
    });
  }

  async ngOnInit(): Promise<void> {
    const jobId = this.route.snapshot.queryParamMap.get('jobb');
    await Promise.all([this.loadRounds(), this.loadRecent(), jobId ? this.follow(jobId) : Promise.resolve()]);
  }

  chooseKind(kind: ImportKind): void {
    this.kind.set(kind);
    this.reset();
  }

  chooseRound(event: Event): void {
    this.roundId.set((event.target as HTMLSelectElement).value);
  }

  chooseInvitations(event: Event): void {
    this.inviteAccounts.set((event.target as HTMLInputElement).checked);
    this.reset();
  }

  chooseFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.reset();
  }

  send(): void {
    const file = this.file();
    if (!file || !this.canUpload()) return;
    this.reset();
    this.phase.set('upload');
    const staff = this.kind() === 'staff';
    this.upload = this.api.upload(this.kind(), file, file.name, staff ? undefined : this.roundId(), staff && this.inviteAccounts()).subscribe({
      next: (event) => {
        if (event.kind === 'sent') {
          this.sent.set(event.share);
          if (event.share >= 1) this.phase.set('check');
        } else {
          this.show(event.job);
          void this.remember(event.job.id);
        }
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  async confirm(): Promise<void> {
    const job = this.job();
    if (!job || job.state !== 'previewed') return;
    this.phase.set('write');
    try {
      this.show(await this.api.confirm(job.id));
      void this.loadRecent();
    } catch (error) {
      this.fail(error);
    }
  }

  private show(job: ImportJob): void {
    this.job.set(job);
    this.phase.set(phaseOfJob(job));
  }

  /** A job found by its id (after a reload): shown, and asked again while it is being written. */
  private async follow(id: string, polled = false): Promise<void> {
    try {
      const job = await this.api.job(id);
      this.kind.set(job.kind);
      this.show(job);
      if (job.state === 'writing') this.poll = setTimeout(() => void this.follow(id, true), POLL_MS);
      else if (polled) void this.loadRecent();
    } catch (error) {
      this.fail(error);
    }
  }

  private remember(id: string): Promise<boolean> {
    return this.router.navigate([], { relativeTo: this.route, queryParams: { jobb: id }, replaceUrl: true });
  }

  private reset(): void {
    this.upload?.unsubscribe();
    this.job.set(null);
    this.error.set(null);
    this.phase.set(null);
    this.sent.set(0);
  }

  private fail(error: unknown): void {
    this.phase.set(null);
    this.error.set(errorText(toErrorBody(error).code));
  }

  private async loadRounds(): Promise<void> {
    try {
      this.rounds.set((await this.inventory.rounds()).filter((round) => round.status === 'open'));
    } catch {
      this.rounds.set([]);
    }
  }

  private async loadRecent(): Promise<void> {
    try {
      this.recent.set(await this.api.jobs());
    } catch {
      this.recent.set([]);
    }
  }
}
