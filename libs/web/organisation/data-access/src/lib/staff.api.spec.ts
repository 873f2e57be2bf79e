import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { StaffApi, toParams } from './staff.api';

describe('StaffApi', () => {
  it('sends only the filters that are set', () => {
    expect(toParams({ unitId: 'u1', search: '', role: undefined, page: 2 }).toString()).toBe('unitId=u1&page=2');
  });

  it('asks the list endpoint with the query', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const answer = TestBed.inject(StaffApi).list({ search: 'berg', sort: 'lastName', order: 'desc' });
    http.expectOne('/api/staff?search=berg&sort=lastName&order=desc').flush({ items: [], total: 0, page: 1, pageSize: 25 });
    await expect(answer).resolves.toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    http.verify();
  });
});
