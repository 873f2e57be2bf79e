import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@kl/api/core';
import type {
  County,
  Municipality,
  MunicipalityGroup,
  MunicipalityGroupClassification,
} from '@kl/shared/contracts';
import { DataSource } from 'typeorm';
import type { ListMunicipalitiesQuery } from './dto/list-municipalities.query';

/** Reads of the public register: län, kommuner and kommungrupper. */
@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listCounties(): Promise<County[]> {
    return this.dataSource.query('SELECT code, name FROM county ORDER BY code');
  }

  async listClassifications(): Promise<(MunicipalityGroupClassification & { isCurrent: boolean; groups: MunicipalityGroup[] })[]> {
    return this.dataSource.query(
      `SELECT c.code, c.name, c.is_current AS "isCurrent",
              coalesce(json_agg(json_build_object('classificationCode', c.code, 'code', g.code, 'name', g.name)
                       ORDER BY g.code) FILTER (WHERE g.id IS NOT NULL), '[]') AS groups
       FROM municipality_group_classification c
       LEFT JOIN municipality_group g ON g.classification_id = c.id
       GROUP BY c.id ORDER BY c.is_current DESC, c.code`,
    );
  }

  async listMunicipalities(query: ListMunicipalitiesQuery): Promise<Municipality[]> {
    const classificationId = await this.classificationId(query.classification);
    return this.dataSource.query(
      `SELECT m.id, m.code, m.name, c.code AS "countyCode", g.code AS "groupCode"
       FROM municipality m
       JOIN county c ON c.id = m.county_id
       LEFT JOIN municipality_group_membership mm ON mm.municipality_id = m.id AND mm.classification_id = $1
       LEFT JOIN municipality_group g ON g.id = mm.group_id
       WHERE ($2::text IS NULL OR c.code = $2) AND ($3::text IS NULL OR g.code = $3)
       ORDER BY m.code`,
      [classificationId, query.countyCode ?? null, query.groupCode ?? null],
    );
  }

  private async classificationId(code?: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      code
        ? 'SELECT id FROM municipality_group_classification WHERE code = $1'
        : 'SELECT id FROM municipality_group_classification WHERE is_current',
      code ? [code] : [],
    );
    if (code && rows.length === 0) {
      throw new NotFoundError('Classification');
    }
    return rows[0]?.id ?? null;
  }
}
