import{i as A,A as K,b as y}from"./index-CUzvHv1Z.js";const Q=e=>e==="error"?"danger":"warning";function Z(e){switch(e){case"unpublished":return"clinickit_stateUnpublished";case"trashed":return"clinickit_stateTrashed";case"missing":return"clinickit_stateMissing";default:return}}function ee(e){return e.length===0?K:y`<ul class="findings">
		${e.map(t=>y`<li class="finding ${t.severity}" data-code=${t.code}>
					<uui-icon name=${t.severity==="error"?"icon-alert":"icon-info"} aria-hidden="true"></uui-icon>
					<span>${t.message}</span>
				</li>`)}
	</ul>`}function te(e){const t=/^(\d{4})-(\d{2})-(\d{2})/.exec(e);return t?new Date(Date.UTC(Number(t[1]),Number(t[2])-1,Number(t[3]))):void 0}const ne=A`
	.findings {
		list-style: none;
		margin: 0;
		padding: 0;
		display: grid;
		gap: var(--uui-size-space-2);
	}
	.finding {
		display: flex;
		gap: var(--uui-size-space-2);
		align-items: flex-start;
		line-height: 1.4;
	}
	.finding uui-icon {
		flex: none;
		margin-top: 2px;
	}
	.finding.error uui-icon {
		color: var(--uui-color-danger);
	}
	.finding.warning uui-icon {
		color: var(--uui-color-warning-emphasis);
	}
	.muted {
		color: var(--uui-color-text-alt);
	}
	.visually-hidden {
		position: absolute;
		width: 1px;
		height: 1px;
		overflow: hidden;
		clip: rect(0 0 0 0);
		white-space: nowrap;
	}
`,k={elementTypeKey:"d40032df-5b93-4a26-a1dd-b407cf0954cf",properties:{statement:"statement",citations:"citations",claimType:"claimType",evidenceStrength:"evidenceStrength",qualifier:"qualifier"}},b=["Small or early clinical study","Animal or laboratory study","Expert review or guidance"],$=60,D=[{code:"CK0304",severity:"error",message:"{claim} has no statement."},{code:"CK0301",severity:"error",message:"{claim} cites no source."},{code:"CK0302",severity:"error",message:"{claim} cites {citation}, which does not exist."},{code:"CK0303",severity:"error",message:'{claim} cites "{citation}", which is not published.'},{code:"CK0306",severity:"warning",message:"{claim} has no claim type or evidence strength."},{code:"CK0305",severity:"warning",message:"{claim} rests on limited evidence and has no qualifier."}],L=[{code:"CK0310",severity:"warning",message:"The medical review was due on {due} and is overdue."},{code:"CK0311",severity:"warning",message:"This article makes claims but records no medical review."}],u={claimBlock:k,limitedEvidence:b,statementPreviewLength:$,claimRules:D,reviewRules:L},T="Umbraco.BlockList";function S(e){const t=E(e);if(!t)return[];const n=Array.isArray(t.contentData)?t.contentData.filter(I):[],i=new Map;for(const s of n){const o=s.key.toLowerCase();i.has(o)||i.set(o,s)}const r=[];for(const s of O(t)){const o=i.get(s.toLowerCase());o&&r.push(o)}return r}function l(e,t){return e.values.find(i=>a(i)&&i.alias===t&&i.culture==null&&i.segment==null)?.value}function E(e){let t=e;if(typeof t=="string"){if(t.trim()==="")return;try{t=JSON.parse(t)}catch{return}}return a(t)?t:void 0}function O(e){const t="Layout"in e?"Layout":Object.keys(e).find(r=>r.toLowerCase()==="layout"),n=t?e[t]:void 0;if(!a(n))return[];const i=n[T];return Array.isArray(i)?i.map(r=>a(r)&&typeof r.contentKey=="string"?r.contentKey:void 0).filter(r=>r!==void 0):[]}function I(e){return a(e)&&typeof e.contentTypeKey=="string"&&typeof e.key=="string"&&Array.isArray(e.values)}function a(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}const ie=u,w=new Map([...u.claimRules,...u.reviewRules].map(e=>[e.code,e]));[...w.keys()];const R=u.claimBlock.elementTypeKey.toLowerCase(),f=u.claimBlock.properties,x=new Set(u.limitedEvidence),p=u.statementPreviewLength,B=/^umb:\/\/document\/([0-9a-fA-F]{32})$/,_=/^(\d{4}-\d{2}-\d{2})/;function q(e){const t=w.get(e);if(!t)throw new Error(`claim-rules.json defines no rule ${e}`);return t}function F(e){return S(e).filter(t=>t.contentTypeKey.toLowerCase()===R).map((t,n)=>M(t,n+1))}function M(e,t){return{number:t,blockKey:e.key,statement:d(l(e,f.statement)),citations:P(l(e,f.citations)),claimType:m(l(e,f.claimType)),evidenceStrength:m(l(e,f.evidenceStrength)),qualifier:d(l(e,f.qualifier))}}function d(e){return typeof e=="string"?e.replace(/\s+/g," ").trim():""}function P(e){let t;return typeof e=="string"?t=e.split(","):Array.isArray(e)?t=e.filter(n=>typeof n=="string"):t=[],t.map(n=>n.trim()).filter(n=>n!=="").map(n=>{const i=B.exec(n);return i?{key:N(i[1]),isDocument:!0}:{key:n,isDocument:!1}})}function N(e){const t=e.toLowerCase();return`${t.slice(0,8)}-${t.slice(8,12)}-${t.slice(12,16)}-${t.slice(16,20)}-${t.slice(20)}`}function m(e){let t=e;if(typeof t=="string"&&t.trim().startsWith("["))try{t=JSON.parse(t)}catch{}return Array.isArray(t)&&(t=t[0]),typeof t=="string"?t.trim():""}function g(e){if(typeof e!="string")return"";const t=_.exec(e.trim());return t?t[1]:""}function U(e){return e.statement===""?`Claim ${e.number}`:`Claim ${e.number} ("${j(e.statement)}")`}function j(e){return e.length<=p?e:e.slice(0,p-1).trimEnd()+"…"}function V(e,t){return e.replace(/\{(\w+)\}/g,(n,i)=>Object.prototype.hasOwnProperty.call(t,i)?t[i]:n)}function c(e,t,n,i){const r=q(e);return{code:e,severity:i??r.severity,claim:n.claim?.number??null,blockKey:n.claim?.blockKey??null,citation:n.citation??null,message:V(r.message,t)}}function z(e,t){const n=[],i={claim:U(e)};e.statement===""&&n.push(c("CK0304",i,{claim:e})),e.citations.length===0&&n.push(c("CK0301",i,{claim:e}));for(const r of e.citations){const s=r.isDocument?Y(t,r.key):void 0;if(!s)n.push(c("CK0302",{...i,citation:r.key},{claim:e,citation:r.key}));else if(s.state!=="published"){const o=s.title||r.key;n.push(c("CK0303",{...i,citation:o},{claim:e,citation:r.key}))}}return(e.claimType===""||e.evidenceStrength==="")&&n.push(c("CK0306",i,{claim:e})),x.has(e.evidenceStrength)&&e.qualifier===""&&n.push(c("CK0305",i,{claim:e})),n}function G(e,t,n,i={}){const r=[],s=g(t?.nextReviewDue),o=g(n);s!==""&&o!==""&&s<o&&r.push(c("CK0310",{due:s},{},i.reviewOverdueIsError?"error":void 0));const v=d(t?.reviewedBy),C=d(t?.lastReviewed);return e>0&&(v===""||C==="")&&r.push(c("CK0311",{},{})),r}function re(e){const t=F(e.body),n=t.flatMap(i=>z(i,e.citations));return n.push(...G(t.length,e.review,e.today,e.options)),{claims:t,findings:n}}function se(e){return[...new Set(e.flatMap(t=>t.citations.filter(n=>n.isDocument).map(n=>n.key)))]}function Y(e,t){return Object.prototype.hasOwnProperty.call(e,t)?e[t]:void 0}const H=/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/,J=/^umb:\/\/([a-z-]+)\/([0-9a-fA-F]{32})$/;function oe(e,t){return e?(e.find(i=>i.alias===t&&i.culture==null&&i.segment==null)??e.find(i=>i.alias===t))?.value:void 0}function h(e){if(!H.test(e))return;const t=e.replace(/-/g,"").toLowerCase();return`${t.slice(0,8)}-${t.slice(8,12)}-${t.slice(12,16)}-${t.slice(16,20)}-${t.slice(20)}`}function ae(e){const t=[],n=i=>{const r=i.trim(),s=J.exec(r),o=s?s[1]==="document"?h(s[2]):void 0:h(r);o&&t.push(o)};if(typeof e=="string")e.split(",").forEach(n);else if(Array.isArray(e))for(const i of e)typeof i=="string"?n(i):a(i)&&typeof i.unique=="string"&&(i.type===void 0||i.type==="document")&&n(i.unique);return t}function W(e){return!Array.isArray(e)||e.length===0||!e.every(t=>a(t)&&typeof t.unique=="string")?e:e.map(t=>{const n=t;return`umb://${typeof n.type=="string"&&n.type!==""?n.type:"document"}/${n.unique.replace(/-/g,"").toLowerCase()}`})}function ce(e){return!a(e)||!Array.isArray(e.contentData)?e:{...e,contentData:e.contentData.map(t=>a(t)&&Array.isArray(t.values)?{...t,values:t.values.map(n=>a(n)?{...n,value:W(n.value)}:n)}:t)}}function ue(e){return typeof e=="string"?e.trim():a(e)&&typeof e.date=="string"?e.date.trim():""}function le(e){return typeof e=="string"?e.trim():typeof e=="number"?String(e):""}function fe(e=new Date){const t=n=>String(n).padStart(2,"0");return`${e.getFullYear()}-${t(e.getMonth()+1)}-${t(e.getDate())}`}export{T as B,le as a,Z as b,Q as c,ue as d,te as e,ee as f,ae as g,z as h,d as i,ie as j,m as k,fe as l,P as m,W as n,se as o,oe as p,re as q,F as r,ne as s,ce as t,a as u,g as v};
