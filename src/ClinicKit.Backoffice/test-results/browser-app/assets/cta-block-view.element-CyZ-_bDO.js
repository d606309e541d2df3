import{k as _,U as z,i as y,n as l,a as k,A as v,b as o,t as x,P as h}from"./index-CUzvHv1Z.js";import{s as C,a as b,k as L,u as P}from"./values-CYpdrG_n.js";function $(t){const e=[],a=new RegExp(_.source,"g");let r=0;for(let i=a.exec(t);i!==null;i=a.exec(t))i.index>r&&e.push({text:t.slice(r,i.index),token:!1}),e.push({text:i[0],token:!0}),r=i.index+i[0].length;return r<t.length&&e.push({text:t.slice(r),token:!1}),e}var T=Object.defineProperty,E=Object.getOwnPropertyDescriptor,w=t=>{throw TypeError(t)},u=(t,e,a,r)=>{for(var i=r>1?void 0:r?E(e,a):e,s=t.length-1,c;s>=0;s--)(c=t[s])&&(i=(r?c(e,a,i):c(i))||i);return r&&i&&T(e,a,i),i},O=(t,e,a)=>e.has(t)||w("Cannot "+a),S=(t,e,a)=>e.has(t)?w("Cannot add the same private member more than once"):e instanceof WeakSet?e.add(t):e.set(t,a),m=(t,e,a)=>(O(t,e,"access private method"),a),d,f;let n=class extends k{constructor(){super(...arguments),S(this,d),this.heading="",this.body="",this.buttonLabel="",this.linkText="",this.ctaStyle="Primary"}render(){const t=this.ctaStyle.toLowerCase()==="subtle",e=[this.heading,this.body,this.buttonLabel].some(i=>$(i).some(s=>s.token)),a=o`
			<div class="label">
				<uui-icon name="icon-megaphone" aria-hidden="true"></uui-icon>${this.localize.term("clinickit_ctaLabel")}
				<span class="style">${this.ctaStyle}</span>
			</div>
			${this.heading?o`<p class="heading">${m(this,d,f).call(this,this.heading)}</p>`:v}
			${this.body?o`<p class="body">${m(this,d,f).call(this,this.body)}</p>`:v}
			<div class="action">
				${this.buttonLabel?o`<span class="button">${m(this,d,f).call(this,this.buttonLabel)}</span>`:v}
				<span class="link">
					<uui-icon name="icon-link" aria-hidden="true"></uui-icon>
					${this.linkText?this.localize.term("clinickit_ctaLinksTo",this.linkText):this.localize.term("clinickit_ctaNoLink")}
				</span>
			</div>
			${e?o`<p class="hint">${this.localize.term("clinickit_ctaTokensHint")}</p>`:v}
		`,r=`card ${t?"subtle":"primary"}`;return this.href?o`<a class=${r} href=${this.href} aria-label=${`${this.localize.term("clinickit_ctaLabel")}: ${this.heading}`}>${a}</a>`:o`<div class=${r} role="group" aria-label=${this.localize.term("clinickit_ctaLabel")}>${a}</div>`}};d=new WeakSet;f=function(t){return $(t).map(e=>e.token?o`<span class="token" title=${this.localize.term("clinickit_ctaToken",e.text)}>${e.text}</span>`:e.text)};n.styles=[z,C,y`
			:host {
				display: block;
			}
			.card {
				display: block;
				color: inherit;
				text-decoration: none;
				border-radius: var(--uui-border-radius);
				padding: var(--uui-size-space-4) var(--uui-size-space-5);
				border: 1px solid var(--uui-color-border);
				background: var(--uui-color-surface);
			}
			.card.primary {
				background: var(--uui-color-surface-alt);
				border-color: var(--uui-color-border-standalone);
			}
			a.card:hover,
			a.card:focus-visible {
				box-shadow: var(--uui-shadow-depth-1);
			}
			.label {
				display: flex;
				gap: var(--uui-size-space-2);
				align-items: center;
				font-size: var(--uui-type-small-size);
				font-weight: 700;
				text-transform: uppercase;
				letter-spacing: 0.04em;
				color: var(--uui-color-text-alt);
			}
			.style {
				margin-left: auto;
				font-weight: 400;
				text-transform: none;
				letter-spacing: 0;
			}
			.heading {
				margin: var(--uui-size-space-2) 0 0;
				font-size: var(--uui-type-h5-size);
				font-weight: 700;
				line-height: 1.4;
			}
			.body {
				margin: var(--uui-size-space-2) 0 0;
				line-height: 1.5;
			}
			.token {
				display: inline-block;
				font-family: var(--uui-font-monospace, monospace);
				font-size: 0.9em;
				font-weight: 400;
				padding: 0 var(--uui-size-space-1);
				border-radius: var(--uui-border-radius);
				background: var(--uui-color-warning);
				color: var(--uui-color-warning-contrast);
				border: 1px dashed var(--uui-color-warning-emphasis);
				white-space: nowrap;
			}
			.action {
				display: flex;
				flex-wrap: wrap;
				gap: var(--uui-size-space-4);
				align-items: center;
				margin-top: var(--uui-size-space-4);
			}
			.button {
				display: inline-block;
				padding: var(--uui-size-space-2) var(--uui-size-space-5);
				border-radius: var(--uui-border-radius);
				font-weight: 700;
				background: var(--uui-color-positive);
				color: var(--uui-color-positive-contrast);
			}
			.subtle .button {
				background: transparent;
				color: var(--uui-color-interactive-emphasis);
				border: 1px solid var(--uui-color-border-emphasis);
			}
			.subtle .button .token {
				color: var(--uui-color-warning-contrast);
			}
			.link {
				display: inline-flex;
				gap: var(--uui-size-space-1);
				align-items: center;
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
			.hint {
				margin: var(--uui-size-space-3) 0 0;
				font-size: var(--uui-type-small-size);
				color: var(--uui-color-text-alt);
			}
		`];u([l()],n.prototype,"heading",2);u([l()],n.prototype,"body",2);u([l({attribute:"button-label"})],n.prototype,"buttonLabel",2);u([l({attribute:"link-text"})],n.prototype,"linkText",2);u([l({attribute:"cta-style"})],n.prototype,"ctaStyle",2);u([l()],n.prototype,"href",2);n=u([x("clinickit-cta-preview")],n);var A=Object.defineProperty,D=Object.getOwnPropertyDescriptor,g=(t,e,a,r)=>{for(var i=r>1?void 0:r?D(e,a):e,s=t.length-1,c;s>=0;s--)(c=t[s])&&(i=(r?c(e,a,i):c(i))||i);return r&&i&&A(e,a,i),i};function K(t){const e=Array.isArray(t)?t[0]:t;return P(e)?b(e.name)||b(e.url):""}let p=class extends k{render(){const t=this.content??{};return o`<clinickit-cta-preview
			.heading=${b(t[h.heading])}
			.body=${b(t[h.body])}
			.buttonLabel=${b(t[h.buttonLabel])}
			.linkText=${K(t[h.link])}
			.ctaStyle=${L(t[h.style])||"Primary"}
			.href=${this.config?.showContentEdit?this.config.editContentPath:void 0}></clinickit-cta-preview>`}};p.styles=y`
		:host {
			display: block;
		}
	`;g([l({attribute:!1})],p.prototype,"manifest",2);g([l({attribute:!1})],p.prototype,"content",2);g([l({attribute:!1})],p.prototype,"config",2);p=g([x("clinickit-cta-block-view")],p);export{p as ClinicKitCtaBlockViewElement,p as element,K as linkText};
