// Hand-written, light naming layer loaded at start-up: what each resource is called on the command
// line, its aliases, and a one-line summary in our own words. Everything heavier lives in overlay.ts.

export const RESOURCE_SUMMARIES: Record<string, string> = {
  apiKey: 'Inspect the API key in use',
  application: "Applications: a candidate in a job's pipeline",
  applicationFeedback: 'Interview feedback (scorecards) on applications',
  applicationFeedbackRequest: 'Ask interviewers for feedback without scheduling',
  applicationForm: 'Submit job application forms',
  applicationHiringTeamRole: 'Roles a hiring team member can hold on an application',
  approval: 'Approval processes for offers, jobs and openings',
  approvalDefinition: 'Approval chains (who must approve what)',
  archiveReason: 'Reasons for archiving applications',
  auditLog: "The organisation's audit log: who changed what, and when",
  assessment: 'Assessment results pushed by partner integrations',
  brand: 'Employer brands used on job boards',
  candidate: 'Candidates: people, their files, notes, tags and projects',
  candidateTag: 'Tags for labelling candidates',
  closeReason: 'Reasons for closing jobs and openings',
  communicationTemplate: 'Email templates for candidate communication',
  customField: 'Custom field definitions and values',
  department: 'Departments and teams',
  emailSender: 'Addresses a user may send sourcing emails from',
  feedbackFormDefinition: 'Feedback (scorecard) form definitions',
  file: 'Files stored in Ashby (resumes, attachments)',
  hiringTeam: 'Hiring team members on jobs, openings and applications',
  hiringTeamRole: 'Roles on a hiring team (recruiter, hiring manager, ...)',
  interview: 'Interview types',
  interviewBriefing: 'Interviewer briefings for scheduled interviews',
  interviewEvent: 'Individual interview events within schedules',
  interviewPlan: "Interview plans (the stages a job's candidates move through)",
  interviewSchedule: 'Scheduled interviews for applications',
  interviewStage: 'Stages of an interview plan',
  interviewStageGroup: 'Groups of interview stages (Lead, Active, Offer, Hired, ...)',
  interviewerPool: 'Pools of trained interviewers',
  job: 'Jobs (requisitions candidates apply to)',
  jobBoard: 'Job boards where postings are published',
  jobInterviewPlan: 'The interview plan attached to a job',
  jobPosting: 'Public job postings',
  jobTemplate: 'Templates for new jobs',
  location: 'Office locations and their hierarchy',
  notetakerTranscript: 'Transcripts from the AI notetaker',
  offer: 'Offers and their versions',
  offerProcess: 'The offer process of an application',
  opening: 'Openings (headcount) and their jobs',
  project: 'Sourcing projects',
  referral: 'Candidate referrals',
  referralForm: 'The referral form definition',
  report: 'Run saved reports',
  sequence: 'Sourcing sequences: timed emails to a candidate',
  sequenceTemplate: 'Reusable templates for sourcing sequences',
  source: 'Candidate sources',
  sourceTrackingLink: 'Tracking links that attribute candidates to sources',
  surveyFormDefinition: 'Survey form definitions',
  surveyRequest: 'Survey requests sent to candidates',
  surveySubmission: 'Survey responses from candidates',
  takeHomeAssignment: 'Take-home assignments given to candidates',
  user: 'Users of the Ashby organisation (recruiters, interviewers, ...)',
  version: "Versions of the Ashby API and their status (ashby's own: ashby --version)",
  webhook: 'Webhook subscriptions, a local listener and test deliveries',
};

/** Extra short names people reach for. The camelCase API name is always an alias too. */
export const RESOURCE_ALIASES: Record<string, string[]> = {
  application: ['app', 'apps'],
  auditLog: ['audit'],
  applicationFeedback: ['feedback-api'],
  candidate: ['cand', 'candidates'],
  candidateTag: ['tag', 'tags'],
  interviewSchedule: ['schedule'],
  job: ['jobs'],
  jobPosting: ['posting'],
  user: ['users'],
};

export function kebab(s: string): string {
  return s
    .replace(/\./g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
