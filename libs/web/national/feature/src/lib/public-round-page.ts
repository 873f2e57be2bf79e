import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type {
  NationalTableFilters,
  NationalTableName,
  PublishedAreaRow,
  PublishedCaseworkers,
  PublishedIndicatorRow,
  PublishedRoundDetail,
  PublishedTeamLeaders,
  PublishedTopicRow,
  PublishedStaffing,
  PublishedTraining,
} from '@kl/shared/contracts';
import {
  CASEWORKER_MEASURES,
  publishedFilterText,
  suppressionText,
  swedishDate,
  TEAM_LEADER_MEASURES,
} from '@kl/shared/util';
import {
  INDICATOR_LABELS,
  isSuppressed,
  LEVEL_LABELS,
  PublicNationalApi,
  publishedLevelBars,
  publishedText,
} from '@kl/web/national/data-access';
import { StackedBarChart } from '@kl/web/shared/ui-charts';
import { errorText, toErrorBody } from '@kl/web/shared/util';
import { StaffingFigures } from './staffing-figures';
import { TrainingFigures } from './training-figures';

interface Tables {
  topics: PublishedTopicRow[];
  areas: PublishedAreaRow[];
  caseworkers: PublishedCaseworkers;
  teamLeaders: PublishedTeamLeaders;
  indicators: PublishedIndicatorRow[];
  training: PublishedTraining;
  staffing: PublishedStaffing;
}

/** `kommungrupp=A1` (the select's value) as the route's filter; empty for the whole country. */
function toFilters(choice: string): NationalTableFilters {
  const [name, value] = choice.split('=');
  return value ? { [name]: value } : {};
}

/**
 * /statistik/:code, for anyone (no sign-in): a published round's tables with disclosure control
 * applied (`..`), one filter at a time, with charts, downloads from the API and a print layout.
 */
@Component({
  selector: 'kl-public-round-page',
  imports: [RouterLink, StackedBarChart, TrainingFigures, StaffingFigures],
  templateUrl: './public-round-page.html',
  styleUrl: './public-round-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicRoundPage implements OnInit {
  private readonly api = inject(PublicNationalApi);
  private readonly document = inject(DOCUMENT);
  readonly code = input.required<string>();

  protected readonly detail = signal<PublishedRoundDetail | null>(null);
  protected readonly tables = signal<Tables | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** The filter the shown tables are of (applied with Visa). */
  protected readonly shown = signal<NationalTableFilters>({});
  protected readonly text = publishedText;
  protected readonly hidden = isSuppressed;
  protected readonly date = swedishDate;
  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly indicatorLabels = INDICATOR_LABELS;
  protected readonly levels = ['G', 'F', 'S'] as const;
  protected readonly caseworkerMeasures = CASEWORKER_MEASURES;
  protected readonly teamLeaderMeasures = TEAM_LEADER_MEASURES;

  protected readonly topicNames = computed(
    () => new Map((this.detail()?.areas ?? []).flatMap((a) => a.topics.map((t) => [t.code, t.name] as const))),
  );
  protected readonly areaNames = computed(() => new Map((this.detail()?.areas ?? []).map((a) => [a.code, a.name] as const)));
  protected readonly filterText = computed(() => {
    const detail = this.detail();
    return detail ? publishedFilterText(this.shown(), detail) : '';
  });
  protected readonly policyText = computed(() => {
    const detail = this.detail();
    return detail ? suppressionText(detail.policy) : '';
  });
  protected readonly areaBars = computed(() =>
    publishedLevelBars((this.tables()?.areas ?? []).map((r) => ({ name: this.areaNames().get(r.area) ?? r.area, share: r.pooledShare }))),
  );
  protected readonly topicBars = computed(() =>
    publishedLevelBars(
      (this.tables()?.topics ?? []).map((r) => ({ name: `${r.topic} ${this.topicNames().get(r.topic) ?? ''}`.trim(), share: r.share })),
    ),
  );
  protected readonly workbookUrl = computed(() => this.api.workbookUrl(this.code(), this.shown()));

  async ngOnInit(): Promise<void> {
    try {
      this.detail.set(await this.api.round(this.code()));
      await this.loadTables();
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    }
  }

  protected async show(choice: string): Promise<void> {
    this.shown.set(toFilters(choice));
    await this.loadTables();
  }

  private async loadTables(): Promise<void> {
    const code = this.code();
    const filters = this.shown();
    this.loading.set(true);
    this.error.set(null);
    try {
      const t = await this.api.tables(code, filters);
      this.tables.set({
        topics: t.topics.rows,
        areas: t.areas.rows,
        caseworkers: t.caseworkers,
        teamLeaders: t['team-leaders'],
        indicators: t.indicators.rows,
        training: t.training,
        staffing: t.staffing,
      });
    } catch (e) {
      this.error.set(errorText(toErrorBody(e).code));
    } finally {
      this.loading.set(false);
    }
  }

  protected fileUrl(table: NationalTableName, format: 'csv' | 'px'): string {
    return this.api.tableFileUrl(this.code(), table, format, this.shown());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
