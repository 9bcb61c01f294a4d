require('reflect-metadata');
const { validation } = require('./dist/apps/api/src/problem/validation-messages.js');
const { LaunchCampaignDto } = require('./dist/apps/api/src/directory/directory-admin.dto.js');
(async () => {
  for (const crit of [[[]], [[1]], [null], [[{}]], [{criterionId: []}], [{name: {}}], [{weight: []}], ['x'], [true], [{}, [{a:1}]]]) {
    const body = {campaignId:'X-1',name:'a',unitId:'U',kind:'ANNUAL',year:2026,filingOpensOn:'2026-01-01',filingClosesOn:'2026-02-01',awards:['A'],councilId:'C',reason:'r',criteria:crit};
    try { await validation().transform(body, { type: 'body', metatype: LaunchCampaignDto }); console.log(JSON.stringify(crit), 'passed'); } catch (e) { console.log(JSON.stringify(crit), e.constructor.name, e.constructor.name === 'ProblemException' ? '' : e.stack.split('\n').slice(0,4).join(' | ')); }
  }
})();
